import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createStore } from '../../graph/create-store';
import { resolveStoreConfig } from '../../graph/config';
import type { GraphStore } from '../../graph/store';
import { openTestStore, TEST_STORE_KIND } from '../../testing/test-store';

/**
 * Test support for the command-line scripts: runs the real `scripts/<name>.ts` in a child process, as
 * `npm run <name>` would, against an empty store of the kind under test (an embedded store in a temporary
 * directory, or the Neo4j tier's server: testing/test-store.ts), and opens that store afterwards to see
 * what the script really wrote.
 */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Emptied for every run (empty means unset), so that the environment the tests run in cannot change the
 * scripts' limits. The store variables come from the test's store (`storeEnv`).
 */
const CLEARED = {
  NEWSGRAPH_MAX_IMPORT_BYTES: '',
  NEWSGRAPH_MAX_IMPORT_ITEMS: '',
  NEWSGRAPH_MAX_EXPORT_NODES: '',
  NEWSGRAPH_MAX_ARTICLE_BYTES: '',
  NEWSGRAPH_LLM_BASE_URL: '',
  NEWSGRAPH_LLM_MODEL: '',
  NEWSGRAPH_LLM_API_KEY: '',
};

export interface ScriptOptions {
  /** The variables that point the script at the test's store (`TempDirs.storeEnv`). */
  storeEnv: Readonly<Record<string, string>>;
  /** Variables set over the cleared ones and the store's. */
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
        env: { ...process.env, ...CLEARED, ...options.storeEnv, ...options.env },
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
  /**
   * The store the scripts write to: `data` inside the directory for the embedded store (created by
   * whoever opens it first), or the Neo4j tier's server, emptied when the directory is made.
   */
  readonly storeEnv: Readonly<Record<string, string>>;
  /** What a script prints as the store's location: the embedded store's folder, or Neo4j's URI. */
  readonly storeLocation: string;
}

/**
 * A fresh temporary directory named after `prefix` and an empty store, made before each test (or, with
 * `'all'`, once before the file's tests); the directory is removed after. Read them inside tests and
 * hooks only.
 */
export function tempDirs(prefix: string, scope: 'each' | 'all' = 'each'): TempDirs {
  let current: { dir: string; storeEnv: Record<string, string> } | undefined;
  const make = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), prefix));
    current = { dir, storeEnv: await emptyStoreEnv(dir) };
  };
  const remove = async () => {
    if (current !== undefined) await rm(current.dir, { recursive: true, force: true });
    current = undefined;
  };
  if (scope === 'each') {
    beforeEach(make);
    afterEach(remove);
  } else {
    beforeAll(make);
    afterAll(remove);
  }
  const made = () => {
    if (current === undefined) throw new Error('tempDirs: read outside a test');
    return current;
  };
  return {
    get dir() {
      return made().dir;
    },
    get storeEnv() {
      return made().storeEnv;
    },
    get storeLocation() {
      const env = made().storeEnv;
      return TEST_STORE_KIND === 'neo4j' ? (env.NEO4J_URI ?? '') : (env.NEWSGRAPH_DATA_DIR ?? '');
    },
  };
}

/** The variables of an empty store for one test: a folder that does not exist yet, or an emptied Neo4j. */
async function emptyStoreEnv(dir: string): Promise<Record<string, string>> {
  if (TEST_STORE_KIND === 'embedded') {
    return { NEO4J_URI: '', NEWSGRAPH_DATA_DIR: path.join(dir, 'data') };
  }
  const emptied = await openTestStore();
  await emptied.dispose();
  return { ...emptied.env };
}

/**
 * Variables naming a store of the kind under test that cannot be opened: an embedded store whose folder
 * would sit inside a file, or a Neo4j at a port where nobody listens.
 */
export async function unreachableStoreEnv(dir: string): Promise<Record<string, string>> {
  if (TEST_STORE_KIND === 'neo4j') {
    return { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_CONNECTION_TIMEOUT_MS: '1000' };
  }
  const notADirectory = path.join(dir, 'file');
  await writeFile(notADirectory, '');
  return { NEWSGRAPH_DATA_DIR: path.join(notADirectory, 'data') };
}

/** Opens the store `storeEnv` names, hands it to `read`, and closes it whatever happens. */
export async function withStore<T>(
  storeEnv: Readonly<Record<string, string>>,
  read: (store: GraphStore) => Promise<T>,
): Promise<T> {
  const store = await createStore(resolveStoreConfig(storeEnv));
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}
