import { describe } from 'vitest';
import { resolveStoreConfig } from '../config';
import { defineAcceptContract } from '../drafts/accept-draft.contract';
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
    return { graph: await Neo4jGraphStore.connect(config), drafts: Neo4jDraftStore.connect(config) };
  });
});
