import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSchema } from '../graph/bundle/bundle-schema';
import { MemoryGraphStore } from '../graph/memory/memory-store';
import type { Subgraph } from '../graph/model';

/**
 * Runs the real `scripts/export.ts` in a child process, as `npm run export` would, against an embedded
 * store seeded by the real `scripts/seed.ts` in a temporary directory, and reads what it wrote.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = path.join(ROOT, 'scripts', 'export.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;
let dataDir: string;

function tsx(script: string, args: readonly string[], env: Record<string, string> = {}, cwd = ROOT) {
  return new Promise<Run>((resolve) => {
    execFile(
      TSX,
      [script, ...args],
      {
        cwd,
        env: {
          ...process.env,
          NEO4J_URI: '',
          NEWSGRAPH_MAX_EXPORT_NODES: '',
          NEWSGRAPH_DATA_DIR: dataDir,
          ...env,
        },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const exportCli = (args: readonly string[], env?: Record<string, string>, cwd?: string) =>
  tsx(SCRIPT, args, env, cwd);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-export-cli-'));
  dataDir = path.join(dir, 'data');
  const seeded = await tsx(path.join(ROOT, 'scripts', 'seed.ts'), ['--reset']);
  if (seeded.code !== 0) throw new Error(`seeding failed: ${seeded.stderr}`);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function withStore<T>(read: (store: MemoryGraphStore) => Promise<T>): Promise<T> {
  const store = await MemoryGraphStore.open(dataDir);
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

const idsOf = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();

describe('scripts/export.ts', () => {
  it('prints its usage with --help', async () => {
    const run = await exportCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--around');
    expect(run.stdout).toContain('--csv-files');
  });

  it('writes our JSON bundle to standard output by default, around a name', async () => {
    const run = await exportCli(['--around', 'Nayib Bukele', '--depth', '1']);
    expect(run.code).toBe(0);
    const bundle = bundleSchema.parse(JSON.parse(run.stdout));
    const hood: Subgraph = await withStore((s) => s.neighborhood(['nayib-bukele'], { depth: 1 }));
    expect(idsOf(bundle.entities)).toEqual(idsOf(hood.nodes));
    expect(idsOf(bundle.relations)).toEqual(idsOf(hood.edges));
    expect(run.stderr).toContain('standard output');
  });

  it('writes GraphML to the file -o names, from names, aliases and ids in any case', async () => {
    const out = path.join(dir, 'out.graphml');
    const run = await exportCli([
      '--around',
      'bukele',
      '--around',
      'cecot',
      '--depth',
      '2',
      '--format',
      'GraphML',
      '-o',
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(out);
    const xml = await readFile(out, 'utf8');
    expect(xml).toContain('<graphml');
    const hood = await withStore((s) => s.neighborhood(['nayib-bukele', 'cecot'], { depth: 2 }));
    for (const node of hood.nodes) expect(xml).toContain(`"${node.id}"`);
  });

  it('writes the whole graph with --all, keeping only the relation types asked for', async () => {
    const run = await exportCli(['--all', '--relation-types', 'SAID,LEADS', '--format', 'json']);
    expect(run.code).toBe(0);
    const bundle = bundleSchema.parse(JSON.parse(run.stdout));
    const all = await withStore((s) => s.readAll());
    expect(idsOf(bundle.entities)).toEqual(idsOf(all.entities));
    expect(idsOf(bundle.relations)).toEqual(
      idsOf(all.relations.filter((r) => r.type === 'SAID' || r.type === 'LEADS')),
    );
  });

  it('writes CSV as a zip under its suggested name when -o is left out', async () => {
    const cwd = await mkdtemp(path.join(dir, 'cwd-'));
    const run = await exportCli(['--around', 'nayib-bukele', '--format', 'csv'], {}, cwd);
    expect(run.code).toBe(0);
    const [name] = await readdir(cwd);
    expect(name).toMatch(/^newsgraph-nayib-bukele.*\.zip$/);
    const files = unzipSync(new Uint8Array(await readFile(path.join(cwd, name ?? ''))));
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(2);
  });

  it('writes nodes.csv, edges.csv and documents.csv into a folder with --csv-files', async () => {
    const out = path.join(dir, 'csv');
    const run = await exportCli(['--all', '--csv-files', out]);
    expect(run.code).toBe(0);
    const names = (await readdir(out)).sort();
    expect(names).toEqual(expect.arrayContaining(['edges.csv', 'nodes.csv']));
    const nodes = await readFile(path.join(out, 'nodes.csv'), 'utf8');
    const all = await withStore((s) => s.readAll());
    for (const entity of all.entities) expect(nodes).toContain(entity.id);
  });

  it('writes a Cypher script', async () => {
    const run = await exportCli(['--around', 'cecot', '--format', 'cypher']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/MERGE/);
  });

  describe('exits 1, names the problem and writes nothing', () => {
    const cases: [string, string[]][] = [
      ['an unknown option', ['--frobnicate']],
      ['neither --around nor --all', ['--format', 'json']],
      ['both --around and --all', ['--all', '--around', 'cecot']],
      ['an unknown format', ['--around', 'cecot', '--format', 'pdf']],
      ['depth 9', ['--around', 'cecot', '--depth', '9']],
      ['a depth that is not a number', ['--around', 'cecot', '--depth', 'two']],
      ['a lowercase relation type', ['--around', 'cecot', '--relation-types', 'said']],
      ['--csv-files with another format', ['--all', '--format', 'json', '--csv-files', 'x']],
    ];
    for (const [name, args] of cases) {
      it(`for ${name}`, async () => {
        const out = path.join(dir, `refused-${name.replace(/\W+/g, '-')}.out`);
        const run = await exportCli([...args, '-o', out]);
        expect(run.code).toBe(1);
        expect(run.stderr.length).toBeGreaterThan(0);
        expect(run.stderr).not.toMatch(/^\s+at /m);
        expect(existsSync(out)).toBe(false);
      });
    }

    it('for a name no entity has, suggesting the closest', async () => {
      const run = await exportCli(['--around', 'Nayib Bukel']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('nayib-bukele');
      expect(run.stdout).toBe('');
    });

    it('for an export over NEWSGRAPH_MAX_EXPORT_NODES', async () => {
      const run = await exportCli(['--all'], { NEWSGRAPH_MAX_EXPORT_NODES: '3' });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('NEWSGRAPH_MAX_EXPORT_NODES');
      expect(run.stdout).toBe('');
    });
  });

  it('exits 2 on a configuration error', async () => {
    const run = await exportCli(['--all'], { NEO4J_URI: 'http://localhost:7474' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('NEO4J_URI');
  });

  it('exits 3 when the store cannot be opened', async () => {
    const notADirectory = path.join(dir, 'file');
    await writeFile(notADirectory, '');
    const run = await exportCli(['--all'], { NEWSGRAPH_DATA_DIR: path.join(notADirectory, 'data') });
    expect(run.code).toBe(3);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
