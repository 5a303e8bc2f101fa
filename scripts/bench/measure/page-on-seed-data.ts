import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listBundleFiles } from '../../../graph/bundle/bundle-files';
import { loadBundles } from '../../../graph/bundle/load-bundles';
import { seedStore } from '../../../graph/bundle/seed';
import { EmbeddedGraphStore } from '../../../graph/embedded/embedded-store';
import { startNextServer } from '../harness/next-server';
import { BENCH_DIR } from '../harness/paths';
import type { PageSection } from '../report/types';
import { benchPage } from './page-bench';

/** The explorer as a fresh clone shows it: the curated seed data in a temporary store. */
export async function pageOnSeedData(runs: number): Promise<PageSection> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'newsgraph-bench-seed-'));
  try {
    const store = await EmbeddedGraphStore.open(dataDir);
    let entities: number;
    try {
      entities = (await seedStore(store, await loadBundles(await listBundleFiles()))).stats.entityCount;
    } finally {
      await store.close();
    }
    const server = await startNextServer({ dataDir, logFile: path.join(BENCH_DIR, 'server-seed.log') });
    try {
      return { graph: `seed data (${entities} entities)`, result: await benchPage(server.url, runs) };
    } finally {
      await server.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
