import { describe } from 'vitest';
import { resolveStoreConfig } from '../config';
import { defineDraftStoreContract } from '../drafts/draft-store.contract';
import type { DraftStore } from '../drafts/draft-store';
import { FOLLOW_UP_DOCUMENT } from '../drafts/testing/sample-draft';
import { Neo4jDraftStore } from './neo4j-draft-store';

/**
 * The draft store's conformance suite against a real Neo4j, when NEO4J_URI names one. It deletes the
 * database's `:Draft` and `:RejectedProposal` nodes before every test (never the graph's): point it at a
 * server or database kept for tests.
 */

const serverUri = process.env.NEO4J_URI;
if (!serverUri) console.warn('Neo4j draft store conformance skipped: NEO4J_URI is not set');

describe.skipIf(!serverUri)('Neo4j draft store conformance', () => {
  defineDraftStoreContract('neo4j', async () => {
    const config = resolveStoreConfig(process.env);
    if (config.kind !== 'neo4j') throw new Error('NEO4J_URI is set, so the configuration must be Neo4j.');
    const store = Neo4jDraftStore.connect(config);
    await refuseToWipeRealDrafts(store);
    return store;
  });
});

/** Drafts of anything but the suite's own article are someone's work: refused unless NEWSGRAPH_TEST_ALLOW_WIPE=1. */
async function refuseToWipeRealDrafts(store: DraftStore): Promise<void> {
  if (process.env.NEWSGRAPH_TEST_ALLOW_WIPE === '1') return;
  const drafts = await store.list();
  if (drafts.some((d) => d.title !== FOLLOW_UP_DOCUMENT.title)) {
    await store.close();
    throw new Error(
      `Refusing to run the draft store suite: the database at ${process.env.NEO4J_URI} holds drafts that are not test data, and the suite deletes them. Point NEO4J_URI at a test database, or set NEWSGRAPH_TEST_ALLOW_WIPE=1.`,
    );
  }
}
