import { defineConfig } from 'vitest/config';
import { vitestResolve } from './testing/vitest-resolve';

/**
 * The integration tier (`npm run test:int`): tests that open a real embedded store, run our scripts in
 * child processes or call the route handlers over a store (`*.int.test.ts`). The store-agnostic ones run
 * again on Neo4j in the Neo4j tier (vitest.neo4j.config.ts).
 */
export default defineConfig({
  resolve: vitestResolve,
  test: {
    include: ['**/*.int.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**', '.next-*/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
