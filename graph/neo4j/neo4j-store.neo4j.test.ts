import { defineGraphStoreContract } from '../contract/graph-store.contract';
import { resolveStoreConfig } from '../config';
import { Neo4jGraphStore } from './neo4j-store';

/**
 * The conformance suite on a real Neo4j 5.26, in the Neo4j tier (`npm run test:neo4j`): its global setup
 * starts one, or takes the one NEO4J_URI names once NEWSGRAPH_TEST_ALLOW_WIPE=1 says it may be emptied
 * (testing/neo4j-global-setup.ts). The suite clears the database before every test.
 */
defineGraphStoreContract('neo4j', async () => {
  const config = resolveStoreConfig(process.env);
  if (config.kind !== 'neo4j')
    throw new Error('The Neo4j tier sets NEO4J_URI, so the configuration must be Neo4j.');
  return Neo4jGraphStore.connect(config);
});
