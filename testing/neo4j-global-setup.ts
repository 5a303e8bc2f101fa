import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startNeo4j } from '../scripts/neo4j/server';
import type { RunningNeo4j } from '../scripts/neo4j/server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Neo4j every test of the tier talks to. */
    neo4j: { uri: string; user: string; password: string; ownServer: boolean };
  }
}

/**
 * The Neo4j tier's server: the one NEO4J_URI names (with NEO4J_USER and NEO4J_PASSWORD) when set,
 * otherwise a real Neo4j 5.26 of our own (scripts/neo4j) started once for the run on a free port, in a
 * temporary folder, with a password made for the run; it is stopped and its folder removed at the end,
 * whether the tests passed or not.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.NEO4J_URI;
  if (given) {
    const { NEO4J_USER: user, NEO4J_PASSWORD: password } = process.env;
    if (!user || !password)
      throw new Error('NEO4J_URI is set, so NEO4J_USER and NEO4J_PASSWORD must be set too.');
    project.provide('neo4j', { uri: given, user, password, ownServer: false });
    return async () => {};
  }

  const home = await mkdtemp(path.join(tmpdir(), 'newsgraph-neo4j-'));
  const started = Date.now();
  let server: RunningNeo4j;
  try {
    server = await startNeo4j({ home, port: await freePort(), password: `test-${process.pid}-${started}` });
  } catch (error) {
    await rm(home, { recursive: true, force: true });
    throw error;
  }
  console.warn(
    `Neo4j tier: Neo4j 5.26 ready at ${server.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  project.provide('neo4j', {
    uri: server.uri,
    user: server.user,
    password: server.password,
    ownServer: true,
  });
  return async () => {
    await server.stop();
    await rm(home, { recursive: true, force: true });
  };
}
