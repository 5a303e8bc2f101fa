import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listBundleFiles } from '../../graph/bundle/bundle-files';
import { loadBundles } from '../../graph/bundle/load-bundles';
import { EmbeddedGraphStore } from '../../graph/embedded/embedded-store';
import type { GraphBatch } from '../../graph/model';
import type { GraphStore } from '../../graph/store';
import { openTestStore } from '../../testing/test-store';

/**
 * Test support: a real store of the kind under test (embedded in the integration tier, Neo4j in the Neo4j
 * tier: testing/test-store.ts), emptied and loaded with a real batch (by default the project's seed
 * bundles, exactly what `npm run seed` loads). `dispose` closes the store (and removes the embedded
 * store's folder).
 */
export interface SeededStore {
  store: GraphStore;
  batch: GraphBatch;
  dispose(): Promise<void>;
}

export async function openSeededStore(batch?: GraphBatch): Promise<SeededStore> {
  const loaded = batch ?? (await loadSeedBatch());
  const opened = await openTestStore();
  await opened.store.upsert(loaded);
  return { store: opened.store, batch: loaded, dispose: () => opened.dispose() };
}

/**
 * The same over the embedded store always, with its folder, for the tests of what only the embedded
 * store has (a snapshot file that can be broken or repaired).
 */
export interface SeededEmbeddedStore extends SeededStore {
  store: EmbeddedGraphStore;
  dataDir: string;
}

export async function openSeededEmbeddedStore(batch?: GraphBatch): Promise<SeededEmbeddedStore> {
  const loaded = batch ?? (await loadSeedBatch());
  const dataDir = await mkdtemp(path.join(tmpdir(), 'newsgraph-schema-'));
  const store = await EmbeddedGraphStore.open(dataDir);
  await store.upsert(loaded);
  return {
    store,
    batch: loaded,
    dataDir,
    async dispose() {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The seed data, validated by the bundle loader. */
async function loadSeedBatch(): Promise<GraphBatch> {
  return loadBundles(await listBundleFiles());
}
