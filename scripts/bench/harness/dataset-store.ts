import { stat } from 'node:fs/promises';
import path from 'node:path';
import { loadBundles } from '../../../graph/bundle/load-bundles';
import { seedStore } from '../../../graph/bundle/seed';
import { EmbeddedGraphStore } from '../../../graph/embedded/embedded-store';
import type { Dataset } from '../synthetic/dataset';

/**
 * An embedded store holding a dataset, for a server to serve: `<dataset>/store`, loaded through the seed
 * path the first time and reused while it is newer than the bundle. (npm run bench makes the same
 * directory as a by-product of its import measurement.)
 */
export async function storeFor(dataset: Dataset): Promise<string> {
  const dir = path.join(dataset.dir, 'store');
  const [snapshot, bundle] = await Promise.all([
    mtime(path.join(dir, 'graph.json')),
    mtime(dataset.bundleFile),
  ]);
  if (snapshot !== null && bundle !== null && snapshot > bundle) return dir;
  const store = await EmbeddedGraphStore.open(dir);
  try {
    await seedStore(store, await loadBundles([dataset.bundleFile]), { reset: true });
  } finally {
    await store.close();
  }
  return dir;
}

async function mtime(file: string): Promise<number | null> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return null;
  }
}
