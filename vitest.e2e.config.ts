import { defineConfig } from 'vitest/config';
import { vitestResolve } from './testing/vitest-resolve';

/**
 * The e2e tier: a real Chromium against the built app (see e2e/global-setup.ts). One file at a time in one
 * fork, with timeouts long enough for a cold server and a layout to settle on a slow CI machine.
 */
export default defineConfig({
  resolve: vitestResolve,
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    exclude: ['e2e/**/*.neo4j.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
