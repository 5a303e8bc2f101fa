import { defineConfig } from 'vitest/config';
import { vitestResolve } from './testing/vitest-resolve';

/**
 * The browser smoke test over a real Neo4j (e2e/neo4j-global-setup.ts): the same Chromium and the same
 * built app as the e2e tier, with the store a Neo4j 5.26 seeded by `npm run seed`.
 */
export default defineConfig({
  resolve: vitestResolve,
  test: {
    include: ['e2e/**/*.neo4j.e2e.test.ts'],
    globalSetup: ['e2e/neo4j-global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
