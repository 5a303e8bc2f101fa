import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { listBundleFiles } from '@/graph/bundle/bundle-files';
import { loadBundles } from '@/graph/bundle/load-bundles';
import { EmbeddedGraphStore } from '@/graph/embedded/embedded-store';
import type { GraphBatch } from '@/graph/model';

/**
 * Test support for the route tests: an embedded store's folder, seeded with the project's bundles once
 * before the file's tests and removed after them, for the routes to open through NEWSGRAPH_DATA_DIR. Read
 * its fields inside tests and hooks only.
 */
export function seededDataDir(prefix: string): { readonly dataDir: string; readonly batch: GraphBatch } {
  let made: { dataDir: string; batch: GraphBatch } | undefined;
  beforeAll(async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), prefix));
    const batch = await loadBundles(await listBundleFiles());
    const store = await EmbeddedGraphStore.open(dataDir);
    await store.upsert(batch);
    await store.close();
    made = { dataDir, batch };
  });
  afterAll(async () => {
    if (made !== undefined) await rm(made.dataDir, { recursive: true, force: true });
  });
  const get = () => {
    if (made === undefined) throw new Error('seededDataDir: read outside a test');
    return made;
  };
  return {
    get dataDir() {
      return get().dataDir;
    },
    get batch() {
      return get().batch;
    },
  };
}
