import { resolveStoreConfig } from '../config';
import { defineAcceptContract } from '../drafts/accept-draft.contract';
import { Neo4jDraftStore } from './neo4j-draft-store';
import { Neo4jGraphStore } from './neo4j-store';

/**
 * The accept path on a real Neo4j 5.26, in the Neo4j tier (`npm run test:neo4j`): the graph and the drafts
 * both in the tier's database, which the suite clears before every test.
 */
defineAcceptContract('neo4j', async () => {
  const config = resolveStoreConfig(process.env);
  if (config.kind !== 'neo4j')
    throw new Error('The Neo4j tier sets NEO4J_URI, so the configuration must be Neo4j.');
  return { graph: await Neo4jGraphStore.connect(config), drafts: Neo4jDraftStore.connect(config) };
});
