import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * The Neo4j tier: a real Neo4j 5.26 (started by testing/neo4j-global-setup.ts, or the one NEO4J_URI names)
 * under the Neo4j-only tests (`*.neo4j.test.ts`) and again under every store-agnostic integration test,
 * which open their store through testing/test-store.ts and so run here on Neo4j. One database serves the
 * whole run, so files run one at a time.
 */
export const STORE_AGNOSTIC_TESTS = [
  'schema/armor.test.ts',
  'schema/batching.test.ts',
  'schema/document-links.test.ts',
  'schema/errors.test.ts',
  'schema/export.test.ts',
  'schema/injection.test.ts',
  'schema/queries.test.ts',
  'schema/shortest-path.test.ts',
  'graph/export/collect.test.ts',
  'graph/import/import-graph.test.ts',
  'graph/import/round-trip.test.ts',
  'scripts/seed.test.ts',
  'scripts/import.test.ts',
  'scripts/export.test.ts',
  'scripts/ingest.test.ts',
];

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
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
