import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { addAccount } from '../graph/accounts/accounts';
import { FileAccountStore } from '../graph/accounts/file-account-store';
import { freePort, run, startNext } from './server';
import type { RunningServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The editor account every server's data folder has (the e2e tests that write sign in as it). */
    editor: { name: string; password: string };
    /** The app over a freshly seeded embedded store. */
    baseUrl: string;
    /** The same app pointed at a Neo4j server that does not exist: every store call fails. */
    unavailableUrl: string;
    /**
     * The app over a store of its own, seeded the same way, for tests that write (imports): what they add
     * must not change what the other tests draw.
     */
    writableUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, '..');

const E2E_EDITOR = { name: 'e2e-editor', password: 'e2e editor password' };

/**
 * The e2e tier's world: a temporary data folder seeded from graph/data, the built app serving it, a
 * second instance whose store is unreachable, and a third over a copy of the seeded folder for tests that
 * write. Expects `next build` to have run (npm run test:e2e does).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // NEXT_DIST_DIR (see next.config.ts) lets several builds live side by side; `next start` reads it too.
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  if (!existsSync(path.join(root, distDir, 'BUILD_ID'))) {
    throw new Error(
      `e2e: no production build in ${distDir}. Run \`npm run test:e2e\` (it builds first) or \`npx next build\`.`,
    );
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'newsgraph-e2e-'));
  const writableDir = await mkdtemp(path.join(tmpdir(), 'newsgraph-e2e-writable-'));
  const servers: RunningServer[] = [];
  const teardown = async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await rm(dataDir, { recursive: true, force: true });
    await rm(writableDir, { recursive: true, force: true });
  };

  try {
    const baseEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
    };
    for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete baseEnv[name];
    const embedded = { ...baseEnv, NEWSGRAPH_DATA_DIR: dataDir };

    await run('npx', ['tsx', 'scripts/seed.ts', '--reset'], embedded, root);
    // An editor account, in the seeded folder so that every copy of it has one too.
    await addAccount(await FileAccountStore.open(dataDir), E2E_EDITOR.name, 'editor', E2E_EDITOR.password);
    // The same seeded snapshot, copied before any server opens it.
    await cp(dataDir, writableDir, { recursive: true });

    const [port, brokenPort, writablePort] = [await freePort(), await freePort(), await freePort()];
    const [app, broken, writable] = await Promise.all([
      // The app and the unavailable instance run our server (server.ts, what `npm start` runs, which serves
      // /api/graphql without Next's router); the writable one runs `next start`, so both ways of routing the
      // API are driven by the browser tests.
      startNext({ cwd: root, port, env: embedded, readyStatuses: [200], ours: true }),
      startNext({
        cwd: root,
        ours: true,
        port: brokenPort,
        // Port 1 on loopback refuses connections: the driver fails fast, as with a Neo4j server that is down.
        env: {
          ...baseEnv,
          NEO4J_URI: 'bolt://127.0.0.1:1',
          NEO4J_USER: 'x',
          NEO4J_PASSWORD: 'y',
          NEO4J_CONNECTION_TIMEOUT_MS: '2000',
          // Over Neo4j our server would start one process per core; one is all this instance needs.
          NEWSGRAPH_PROCESSES: '1',
        },
        readyStatuses: [503],
      }),
      startNext({
        cwd: root,
        port: writablePort,
        env: { ...baseEnv, NEWSGRAPH_DATA_DIR: writableDir },
        readyStatuses: [200],
      }),
    ]);
    servers.push(app, broken, writable);

    project.provide('editor', E2E_EDITOR);
    project.provide('baseUrl', app.url);
    project.provide('unavailableUrl', broken.url);
    project.provide('writableUrl', writable.url);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
