import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBundleFiles } from '../graph/bundle/bundle-files';
import { fixtureBundle } from '../graph/bundle/fixtures';
import { loadBundles } from '../graph/bundle/load-bundles';
import { exportGraph } from '../graph/export';
import { exportInputOf } from '../graph/export/testing/export-input';
import type { GraphBatch } from '../graph/model';
import { runScript, tempDirs, unreachableStoreEnv, withStore } from './testing/run-script';

/**
 * Runs the real `scripts/import.ts` in a child process against an embedded store in a temporary
 * directory, as `npm run import` would, and reads the store afterwards to see what it really wrote.
 */
const tmp = tempDirs('newsgraph-import-cli-');

const importCli = (args: readonly string[], env: Record<string, string> = {}) =>
  runScript('import', args, { storeEnv: tmp.storeEnv, env });

const storeContents = (): Promise<GraphBatch> => withStore(tmp.storeEnv, (store) => store.readAll());

/** The fixture graph exported as GraphML into the temporary directory. */
async function graphmlFile(name = 'fixture.graphml'): Promise<string> {
  const { documents, entities, relations } = fixtureBundle();
  const batch = { documents: documents.map((d) => ({ ...d, text: d.text ?? '' })), entities, relations };
  const file = path.join(tmp.dir, name);
  await writeFile(file, exportGraph(exportInputOf(batch), 'GRAPHML', { baseName: 'fixture' }).content);
  return file;
}

describe('scripts/import.ts', () => {
  it('prints its usage with --help', async () => {
    const run = await importCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--dry-run');
  });

  it('refuses an unknown option, no file, or an unknown --format with exit code 1', async () => {
    expect((await importCli(['--frobnicate'])).code).toBe(1);
    expect((await importCli([])).code).toBe(1);
    const run = await importCli(['--format', 'docx', await graphmlFile()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('GRAPHML');
  });

  it('imports a file, prints what it created, and finds nothing to change the second time', async () => {
    const file = await graphmlFile();
    const first = await importCli([file]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(tmp.storeLocation);
    expect(first.stdout).toMatch(/entities\s+2\s+0\s+0\s+0/);
    expect((await storeContents()).relations).toEqual(fixtureBundle().relations);

    const second = await importCli([file]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/entities\s+0\s+0\s+2\s+0/);
    expect(second.stdout).toMatch(/relations\s+0\s+0\s+2\s+0/);
  });

  it('loads the seed bundles, whose text is in a file next to them', async () => {
    const files = await listBundleFiles();
    const run = await importCli(files);
    expect(run.code).toBe(0);
    const expected = await loadBundles(files);
    expect((await storeContents()).relations).toHaveLength(expected.relations.length);
  });

  it('reads a file as the --format it is given, whatever its name', async () => {
    const table = path.join(tmp.dir, 'people.txt');
    await writeFile(table, 'id,name\r\nada-lovelace,Ada Lovelace\r\n');
    expect((await importCli([table])).code).toBe(1);
    expect((await importCli(['--format', 'csv', table])).code).toBe(0);
    expect((await storeContents()).entities.map((e) => e.name)).toEqual(['Ada Lovelace']);
  });

  it('checks and counts on --dry-run but writes nothing', async () => {
    const run = await importCli(['--dry-run', await graphmlFile()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('dry run');
    expect(run.stdout).toMatch(/entities\s+2\s+0\s+0\s+0/);
    expect((await storeContents()).entities).toEqual([]);
  });

  it('exits 1 on invalid data, naming the file and the line, and writes nothing', async () => {
    const good = await graphmlFile();
    const bad = path.join(tmp.dir, 'nodes.csv');
    await writeFile(bad, 'id,name\nada,Ada\nbabbage,Charles,Babbage\n');
    const run = await importCli([good, bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${bad}: line 3`);
    expect(run.stderr).toContain('Nothing was written.');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect((await storeContents()).entities).toEqual([]);
  });

  it('exits 1 on a file that does not exist', async () => {
    const run = await importCli([path.join(tmp.dir, 'missing.graphml')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing.graphml');
  });

  it('exits 1 on files over NEWSGRAPH_MAX_IMPORT_BYTES, before reading them', async () => {
    const run = await importCli([await graphmlFile()], { NEWSGRAPH_MAX_IMPORT_BYTES: '100' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('NEWSGRAPH_MAX_IMPORT_BYTES');
    expect((await storeContents()).entities).toEqual([]);
  });

  it('exits 2 on a configuration error', async () => {
    const file = await graphmlFile();
    const neo4j = await importCli([file], { NEO4J_URI: 'http://localhost:7474' });
    expect(neo4j.code).toBe(2);
    expect(neo4j.stderr).toContain('NEO4J_URI');
    const limit = await importCli([file], { NEWSGRAPH_MAX_IMPORT_ITEMS: 'many' });
    expect(limit.code).toBe(2);
    expect(limit.stderr).toContain('NEWSGRAPH_MAX_IMPORT_ITEMS');
  });

  it('exits 3 when the store cannot be opened', async () => {
    const run = await importCli([await graphmlFile()], await unreachableStoreEnv(tmp.dir));
    expect(run.code).toBe(3);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
