import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FIXTURE } from '@/graph/contract/fixture';
import { Neo4jGraphStore } from '@/graph/neo4j/neo4j-store';
import { startOwnNeo4j } from '@/testing/neo4j-server';
import type { OwnNeo4j } from '@/testing/neo4j-server';
import { closeStore } from './store';
import { askHealth, askStats, useEnv } from './testing/api-calls';

/**
 * The outage a newsroom meets, for real: a Neo4j server stopped under a running app, and started again.
 * Through the real route handlers, /api/health answers 503 and GraphQL SERVICE_UNAVAILABLE within the
 * configured connection timeout (no driver retry may hide the dead server for long), and once Neo4j is back
 * the same process serves again without a restart: the driver reconnects by itself.
 */

const TIMEOUT_MS = 2_000;
let neo4j: OwnNeo4j;

beforeAll(async () => {
  neo4j = await startOwnNeo4j();
  const store = await Neo4jGraphStore.connect({
    kind: 'neo4j',
    uri: neo4j.uri,
    user: neo4j.user,
    password: neo4j.password,
    database: undefined,
    connectionTimeoutMs: TIMEOUT_MS,
  });
  await store.upsert(FIXTURE);
  await store.close();
});
afterAll(async () => {
  await neo4j.dispose();
});
afterEach(async () => {
  await closeStore();
  vi.unstubAllEnvs();
});

/** How long a call may take to give up on a dead server: the driver's budget is two connection timeouts. */
const GIVE_UP_WITHIN_MS = 3 * TIMEOUT_MS + 2_000;

async function timed<T>(call: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await call();
  return { result, ms: performance.now() - started };
}

describe('the API over a real Neo4j that stops and starts again', () => {
  it('answers 503 / SERVICE_UNAVAILABLE while Neo4j is down, and serves again from the same process once it is back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    useEnv({
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_CONNECTION_TIMEOUT_MS: String(TIMEOUT_MS),
    });
    expect((await askHealth()).body).toMatchObject({
      status: 'ok',
      store: 'neo4j',
      entities: FIXTURE.entities.length,
    });
    expect((await askStats()).body.data?.stats?.entityCount).toBe(FIXTURE.entities.length);

    await neo4j.stop();
    const refused = await timed(askStats);
    expect(refused.result.body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(refused.ms).toBeLessThan(GIVE_UP_WITHIN_MS);
    expect(JSON.stringify(refused.result.body)).not.toContain(neo4j.password);
    const down = await timed(askHealth);
    expect(down.result.status).toBe(503);
    expect(down.result.body).toMatchObject({ status: 'unavailable', store: 'neo4j' });
    expect(down.ms).toBeLessThan(GIVE_UP_WITHIN_MS);

    await neo4j.restart();
    // No closeStore(), no new process: the app's driver finds the server again on its own.
    const up = await askHealth();
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ status: 'ok', entities: FIXTURE.entities.length });
    expect((await askStats()).body.data?.stats?.entityCount).toBe(FIXTURE.entities.length);
  }, 240_000);
});
