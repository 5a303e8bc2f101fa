import { resolveStoreConfig } from '../config';
import { defineDraftStoreContract } from '../drafts/draft-store.contract';
import { Neo4jDraftStore } from './neo4j-draft-store';

/**
 * The draft store's conformance suite on a real Neo4j 5.26, in the Neo4j tier (`npm run test:neo4j`),
 * whose global setup provides a database that may be emptied. The suite deletes the `:Draft` and
 * `:RejectedProposal` nodes before every test (never the graph's).
 */
defineDraftStoreContract('neo4j', async () => {
  const config = resolveStoreConfig(process.env);
  if (config.kind !== 'neo4j')
    throw new Error('The Neo4j tier sets NEO4J_URI, so the configuration must be Neo4j.');
  return Neo4jDraftStore.connect(config);
});
