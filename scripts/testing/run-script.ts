import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { EmbeddedGraphStore } from '../../graph/embedded/embedded-store';

/**
 * Test support for the command-line scripts: runs the real `scripts/<name>.ts` in a child process, as
 * `npm run <name>` would, against an embedded store in a temporary directory, and opens that store
 * afterwards to see what the script really wrote.
 */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Emptied for every run (empty means unset), so that the environment the tests run in can neither point
 * the scripts at Neo4j nor change their limits.
 */
const CLEARED = {
  NEO4J_URI: '',
  NEWSGRAPH_MAX_IMPORT_BYTES: '',
  NEWSGRAPH_MAX_IMPORT_ITEMS: '',
  NEWSGRAPH_MAX_EXPORT_NODES: '',
};

export interface ScriptOptions {
  /** The embedded store's directory, given as NEWSGRAPH_DATA_DIR. */
  dataDir: string;
  /** Variables set over the cleared ones and NEWSGRAPH_DATA_DIR. */
  env?: Readonly<Record<string, string>>;
  /** The working directory; the project's root unless given. */
  cwd?: string;
}

/** Runs `scripts/<name>.ts` with `args`; resolves (never rejects) with its exit code and output. */
export function runScript(name: string, args: readonly string[], options: ScriptOptions): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [path.join(ROOT, 'scripts', `${name}.ts`), ...args],
      {
        cwd: options.cwd ?? ROOT,
        env: { ...process.env, ...CLEARED, NEWSGRAPH_DATA_DIR: options.dataDir, ...options.env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export interface TempDirs {
  /** The temporary directory itself, for the files a test writes. */
  readonly dir: string;
  /** `data` inside it, for the embedded store (created by whoever opens the store first). */
  readonly dataDir: string;
}

/**
 * A fresh temporary directory named after `prefix`, made before each test (or, with `'all'`, once before
 * the file's tests) and removed after. Read its paths inside tests and hooks only.
 */
export function tempDirs(prefix: string, scope: 'each' | 'all' = 'each'): TempDirs {
  let current: string | undefined;
  const make = async () => {
    current = await mkdtemp(path.join(tmpdir(), prefix));
  };
  const remove = async () => {
    if (current !== undefined) await rm(current, { recursive: true, force: true });
    current = undefined;
  };
  if (scope === 'each') {
    beforeEach(make);
    afterEach(remove);
  } else {
    beforeAll(make);
    afterAll(remove);
  }
  return {
    get dir() {
      if (current === undefined) throw new Error('tempDirs: read outside a test');
      return current;
    },
    get dataDir() {
      return path.join(this.dir, 'data');
    },
  };
}

/** Opens the embedded store in `dataDir`, hands it to `read`, and closes it whatever happens. */
export async function withStore<T>(
  dataDir: string,
  read: (store: EmbeddedGraphStore) => Promise<T>,
): Promise<T> {
  const store = await EmbeddedGraphStore.open(dataDir);
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}
