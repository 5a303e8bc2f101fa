import { defineConfig } from 'vitest/config';
import { vitestResolve } from './testing/vitest-resolve';

/**
 * The Neo4j tier: a real Neo4j 5.26 (started by testing/neo4j-global-setup.ts, or the one NEO4J_URI names)
 * under the Neo4j-only tests (`*.neo4j.test.ts`) and again under every store-agnostic integration test,
 * which open their store through testing/test-store.ts and so run here on Neo4j. One database serves the
 * whole run, so files run one at a time.
 */
export const STORE_AGNOSTIC_TESTS = [
  'schema/armor.int.test.ts',
  'schema/batching.int.test.ts',
  'schema/document-links.int.test.ts',
  'schema/errors.int.test.ts',
  'schema/export.int.test.ts',
  'schema/injection.int.test.ts',
  'schema/queries.int.test.ts',
  'schema/shortest-path.int.test.ts',
  'graph/export/collect.int.test.ts',
  'graph/import/import-graph.int.test.ts',
  'graph/import/round-trip.int.test.ts',
  'scripts/seed.int.test.ts',
  'scripts/import.int.test.ts',
  'scripts/export.int.test.ts',
  'scripts/ingest.int.test.ts',
  'scripts/user.int.test.ts',
];

export default defineConfig({
  resolve: vitestResolve,
  test: {
    include: ['**/*.neo4j.test.ts', ...STORE_AGNOSTIC_TESTS],
    exclude: ['node_modules/**', 'e2e/**', '.next/**', '.next-*/**'],
    globalSetup: ['testing/neo4j-global-setup.ts'],
    setupFiles: ['testing/neo4j-env.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
