import { describe } from 'vitest';
import { resolveStoreConfig } from '../config';
import { loadBundleFile } from '../bundle/load-bundles';
import { FIXTURE } from '../contract/fixture';
import { SEED_BUNDLE, defineAcceptContract } from '../drafts/accept-draft.contract';
import { followUpDraft } from '../drafts/testing/sample-draft';
import type { GraphStore } from '../store';
import { Neo4jDraftStore } from './neo4j-draft-store';
import { Neo4jGraphStore } from './neo4j-store';

/**
 * The accept path against a real Neo4j, when NEO4J_URI names one: it clears the database's graph and
 * drafts before every test, like the conformance suites beside it (point it at a test database).
 */
const serverUri = process.env.NEO4J_URI;
if (!serverUri) console.warn('Neo4j accept path skipped: NEO4J_URI is not set');

describe.skipIf(!serverUri)('Neo4j accept path', () => {
  defineAcceptContract('neo4j', async () => {
    const config = resolveStoreConfig(process.env);
    if (config.kind !== 'neo4j') throw new Error('NEO4J_URI is set, so the configuration must be Neo4j.');
    const graph = await Neo4jGraphStore.connect(config);
    await refuseToWipeRealData(graph);
    return { graph, drafts: Neo4jDraftStore.connect(config) };
  });
});

/** A database holding entities that neither the seed, the draft nor the contract fixture has is someone's data. */
async function refuseToWipeRealData(graph: GraphStore): Promise<void> {
  if (process.env.NEWSGRAPH_TEST_ALLOW_WIPE === '1') return;
  const known = new Set([
    ...(await loadBundleFile(SEED_BUNDLE)).entities.map((e) => e.id),
    ...followUpDraft().entities.map((e) => e.id),
    ...FIXTURE.entities.map((e) => e.id),
    'ana-ortega',
    'hillary-clinton-2',
  ]);
  const { nodes } = await graph.overview(200);
  if (nodes.some((n) => !known.has(n.id))) {
    await graph.close();
    throw new Error(
      `Refusing to run the accept path suite: the database at ${process.env.NEO4J_URI} holds data that is not test data, and the suite clears it. Point NEO4J_URI at a test database, or set NEWSGRAPH_TEST_ALLOW_WIPE=1.`,
    );
  }
}
