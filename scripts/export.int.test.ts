import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSchema } from '../graph/bundle/bundle-schema';
import type { Subgraph } from '../graph/model';
import { runScript, tempDirs, unreachableStoreEnv, withStore } from './testing/run-script';

/**
 * Runs the real `scripts/export.ts` in a child process, as `npm run export` would, against an embedded
 * store seeded by the real `scripts/seed.ts` in a temporary directory, and reads what it wrote.
 */
const tmp = tempDirs('newsgraph-export-cli-', 'all');

const exportCli = (args: readonly string[], env: Record<string, string> = {}, cwd?: string) =>
  runScript('export', args, { storeEnv: tmp.storeEnv, env, cwd });

beforeAll(async () => {
  const seeded = await runScript('seed', ['--reset'], { storeEnv: tmp.storeEnv });
  if (seeded.code !== 0) throw new Error(`seeding failed: ${seeded.stderr}`);
}, 60_000);

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
    const hood: Subgraph = await withStore(tmp.storeEnv, (s) =>
      s.neighborhood(['nayib-bukele'], { depth: 1 }),
    );
    expect(idsOf(bundle.entities)).toEqual(idsOf(hood.nodes));
    expect(idsOf(bundle.relations)).toEqual(idsOf(hood.edges));
    expect(run.stderr).toContain('standard output');
  });

  it('writes GraphML to the file -o names, from names, aliases and ids in any case', async () => {
    const out = path.join(tmp.dir, 'out.graphml');
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
    const hood = await withStore(tmp.storeEnv, (s) =>
      s.neighborhood(['nayib-bukele', 'cecot'], { depth: 2 }),
    );
    for (const node of hood.nodes) expect(xml).toContain(`"${node.id}"`);
  });

  it('writes the whole graph with --all, keeping only the relation types asked for', async () => {
    const run = await exportCli(['--all', '--relation-types', 'SAID,LEADS', '--format', 'json']);
    expect(run.code).toBe(0);
    const bundle = bundleSchema.parse(JSON.parse(run.stdout));
    const all = await withStore(tmp.storeEnv, (s) => s.readAll());
    expect(idsOf(bundle.entities)).toEqual(idsOf(all.entities));
    expect(idsOf(bundle.relations)).toEqual(
      idsOf(all.relations.filter((r) => r.type === 'SAID' || r.type === 'LEADS')),
    );
  });

  it('writes CSV as a zip under its suggested name when -o is left out', async () => {
    const cwd = await mkdtemp(path.join(tmp.dir, 'cwd-'));
    const run = await exportCli(['--around', 'nayib-bukele', '--format', 'csv'], {}, cwd);
    expect(run.code).toBe(0);
    const [name] = await readdir(cwd);
    expect(name).toMatch(/^newsgraph-nayib-bukele.*\.zip$/);
    const files = unzipSync(new Uint8Array(await readFile(path.join(cwd, name ?? ''))));
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(2);
  });

  it('writes nodes.csv, edges.csv and documents.csv into a folder with --csv-files', async () => {
    const out = path.join(tmp.dir, 'csv');
    const run = await exportCli(['--all', '--csv-files', out]);
    expect(run.code).toBe(0);
    const names = (await readdir(out)).sort();
    expect(names).toEqual(expect.arrayContaining(['edges.csv', 'nodes.csv']));
    const nodes = await readFile(path.join(out, 'nodes.csv'), 'utf8');
    const all = await withStore(tmp.storeEnv, (s) => s.readAll());
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
        const out = path.join(tmp.dir, `refused-${name.replace(/\W+/g, '-')}.out`);
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
    const run = await exportCli(['--all'], await unreachableStoreEnv(tmp.dir));
    expect(run.code).toBe(3);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
