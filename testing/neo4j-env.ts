import { inject } from 'vitest';

/**
 * A setup file of the Neo4j tier: every test file sees the tier's Neo4j as NEO4J_URI, NEO4J_USER and
 * NEO4J_PASSWORD, and NEWSGRAPH_TEST_STORE=neo4j makes the store-agnostic helpers (testing/test-store.ts)
 * open it. The global setup has made sure the database may be emptied.
 */
const neo4j = inject('neo4j');
process.env.NEO4J_URI = neo4j.uri;
process.env.NEO4J_USER = neo4j.user;
process.env.NEO4J_PASSWORD = neo4j.password;
process.env.NEWSGRAPH_TEST_STORE = 'neo4j';
process.env.NEWSGRAPH_TEST_ALLOW_WIPE = '1';
