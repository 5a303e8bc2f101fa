import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startNeo4j } from '../scripts/neo4j/server';
import type { RunningNeo4j } from '../scripts/neo4j/server';

/**
 * Test support: a Neo4j of a test's own (not the tier's shared one), for tests that stop and start the
 * server under the app. `restart` starts it again on the same port and data; `dispose` stops it and
 * removes its folder.
 */
export interface OwnNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  stop(): Promise<void>;
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startOwnNeo4j(): Promise<OwnNeo4j> {
  const home = await mkdtemp(path.join(tmpdir(), 'newsgraph-own-neo4j-'));
  const port = await freePort();
  const password = `own-${process.pid}`;
  // A small heap: the tier's own server is running beside it.
  const start = () => startNeo4j({ home, port, password, heapMiB: 512, pageCacheMiB: 64 });
  let server: RunningNeo4j | undefined = await start();
  const uri = server.uri;
  return {
    uri,
    user: 'neo4j',
    password,
    async stop() {
      await server?.stop();
      server = undefined;
    },
    async restart() {
      await server?.stop();
      server = await start();
    },
    async dispose() {
      await server?.stop();
      server = undefined;
      await rm(home, { recursive: true, force: true });
    },
  };
}
