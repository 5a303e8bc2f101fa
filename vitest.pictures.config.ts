import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * The README's pictures (`npm run pictures`): e2e/readme-pictures.ts drives Chromium at 1440×900 over the
 * built app and the freshly seeded store of the e2e tier (e2e/global-setup.ts), and writes
 * docs/screenshots/. Not part of `npm test`: a person decides when the README's pictures change.
 */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['e2e/readme-pictures.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
