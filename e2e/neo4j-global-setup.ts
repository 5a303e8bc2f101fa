import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import neo4jTier from '../testing/neo4j-global-setup';
import { freePort, run, startNext } from './server';

/**
 * The browser smoke test's world over Neo4j: the Neo4j tier's server (testing/neo4j-global-setup.ts: ours,
 * or the one NEO4J_URI names), seeded by the real `npm run seed -- --reset`, and the built app serving it.
 * Expects `next build` to have run (npm run test:e2e does, before npm test gets here).
 */
const root = path.resolve(import.meta.dirname, '..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  if (!existsSync(path.join(root, distDir, 'BUILD_ID'))) {
    throw new Error(`e2e over Neo4j: no production build in ${distDir}. Run \`npx next build\` first.`);
  }
  const stopNeo4j = await neo4jTier(project);
  try {
    const neo4j = project.getProvidedContext().neo4j;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
    };
    await run('npx', ['tsx', 'scripts/seed.ts', '--reset'], env, root);
    const app = await startNext({ cwd: root, port: await freePort(), env, readyStatuses: [200] });
    project.provide('baseUrl', app.url);
    return async () => {
      await app.stop();
      await stopNeo4j();
    };
  } catch (error) {
    await stopNeo4j();
    throw error;
  }
}
