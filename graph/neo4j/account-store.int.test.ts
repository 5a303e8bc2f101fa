import { describe } from 'vitest';
import { defineAccountStoreContract } from '../accounts/contract/account-store.contract';
import { resolveStoreConfig } from '../config';
import { Neo4jAccountStore } from './account-store';

/**
 * The AccountStore contract against a real Neo4j, when NEO4J_URI names one. It removes every
 * :NewsgraphAccount node before each test: point it at a server or database kept for tests.
 */
const serverUri = process.env.NEO4J_URI;

describe.skipIf(!serverUri)('Neo4j accounts', () => {
  defineAccountStoreContract('neo4j', async () => {
    const config = resolveStoreConfig(process.env);
    if (config.kind !== 'neo4j') throw new Error('NEO4J_URI is set, so the configuration must be Neo4j.');
    return Neo4jAccountStore.connect(config);
  });
});
