import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listBundleFiles } from '../bundle/bundle-files';
import { loadBundles } from '../bundle/load-bundles';
import type { GraphBatch } from '../model';
import type { GraphStore } from '../store';
import { openTestStore } from '../../testing/test-store';
import type { TestStore } from '../../testing/test-store';
import { exportGraph } from './index';
import { exportInputOf, sortedBatch } from './testing/export-input';
import { hostileBatch } from './testing/hostile-input';

/**
 * The Cypher export, loaded into an empty real Neo4j the way `cypher-shell -f` loads it (one statement
 * per line, each in its own transaction) and read back by the app's own adapter: the same graph, to the
 * last piece of evidence. The unit tests (cypher.test.ts) check the script's text; this checks that Neo4j
 * runs it and that what it writes is our data model.
 */

let opened: TestStore;
let store: GraphStore;
let driver: Driver;

beforeAll(async () => {
  opened = await openTestStore('neo4j');
  store = opened.store;
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD } = opened.env;
  driver = neo4j.driver(NEO4J_URI ?? '', neo4j.auth.basic(NEO4J_USER ?? '', NEO4J_PASSWORD ?? ''));
});
afterAll(async () => {
  await driver.close();
  await opened.dispose();
});
beforeEach(async () => {
  await store.clear();
});

/** Runs the script as cypher-shell does: statement by statement, each committed on its own. */
async function load(script: string): Promise<number> {
  const statements = script
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('//'))
    .map((line) => line.replace(/;$/, ''));
  for (const statement of statements) await driver.executeQuery(statement);
  return statements.length;
}

function scriptOf(batch: GraphBatch): string {
  return exportGraph(exportInputOf(batch), 'CYPHER', { baseName: 'load' }).content;
}

describe('the Cypher export, loaded into a real Neo4j', () => {
  const graphs: { name: string; batch: () => Promise<GraphBatch> | GraphBatch }[] = [
    { name: 'the seed graph', batch: async () => loadBundles(await listBundleFiles()) },
    { name: 'the hostile graph', batch: hostileBatch },
  ];
  for (const { name, batch } of graphs) {
    it(`gives back ${name}, read by the app's adapter, with every entity, relation and piece of evidence`, async () => {
      const original = await batch();
      expect(await load(scriptOf(original))).toBeGreaterThan(original.relations.length);
      expect(sortedBatch(await store.readAll())).toEqual(sortedBatch(original));
    });
  }

  it('changes nothing when it is run a second time', async () => {
    const original = hostileBatch();
    const script = scriptOf(original);
    await load(script);
    const first = await store.stats();
    await load(script);
    expect(await store.stats()).toEqual(first);
    expect(sortedBatch(await store.readAll())).toEqual(sortedBatch(original));
  });

  it('moves a relation whose id now has another type, as the adapter would', async () => {
    const original = hostileBatch();
    await store.upsert(original);
    const moved = structuredClone(original);
    const relation = moved.relations[0];
    if (relation === undefined) throw new Error('the hostile graph has relations');
    relation.type = 'MOVED_BY_EXPORT';
    await load(scriptOf(moved));
    const read = await store.readAll();
    expect(read.relations.filter((r) => r.id === relation.id)).toEqual([relation]);
  });
});
