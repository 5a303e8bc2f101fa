import { defineAccountStoreContract } from '../accounts/contract/account-store.contract';
import { resolveStoreConfig } from '../config';
import { Neo4jAccountStore } from './account-store';

/**
 * The AccountStore contract on a real Neo4j 5.26, in the Neo4j tier (`npm run test:neo4j`); the same
 * suite runs on the file adapter in graph/accounts/file-account-store.test.ts. It removes every
 * :NewsgraphAccount node before each test.
 */
defineAccountStoreContract('neo4j', async () => {
  const config = resolveStoreConfig(process.env);
  if (config.kind !== 'neo4j')
    throw new Error('The Neo4j tier sets NEO4J_URI, so the configuration must be Neo4j.');
  return Neo4jAccountStore.connect(config);
});
