import { defineConfig } from 'vitest/config';
import { vitestResolve } from './testing/vitest-resolve';

/**
 * The unit tier (`npm run test:unit`): tests that need no store, server or child process. Integration
 * tests (`*.int.test.ts`) are vitest.int.config.ts's, Neo4j's (`*.neo4j.test.ts`) vitest.neo4j.config.ts's,
 * the browser's (`e2e/`) vitest.e2e.config.ts's.
 */
export default defineConfig({
  resolve: vitestResolve,
  test: {
    include: ['**/*.test.ts'],
    exclude: [
      'node_modules/**',
      'e2e/**',
      '.next/**',
      '.next-*/**',
      '**/*.int.test.ts',
      '**/*.neo4j.test.ts',
    ],
    testTimeout: 20_000,
  },
});
