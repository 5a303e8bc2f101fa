import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listBundleFiles } from '../../graph/bundle/bundle-files';
import { loadBundles } from '../../graph/bundle/load-bundles';
import { EmbeddedGraphStore } from '../../graph/embedded/embedded-store';
import type { GraphBatch } from '../../graph/model';

/**
 * Test support: a real embedded store in a fresh temporary directory, loaded with a real batch (by
 * default the project's seed bundles, exactly what `npm run seed` loads). `dispose` closes the store and
 * deletes the directory.
 */
export interface SeededStore {
  store: EmbeddedGraphStore;
  batch: GraphBatch;
  dataDir: string;
  dispose(): Promise<void>;
}

export async function openSeededStore(batch?: GraphBatch): Promise<SeededStore> {
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
export async function loadSeedBatch(): Promise<GraphBatch> {
  return loadBundles(await listBundleFiles());
}
