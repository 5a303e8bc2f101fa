import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FIXTURE } from '@/graph/contract/fixture';
import { EmbeddedGraphStore } from '@/graph/embedded/embedded-store';
import { closeStore } from './store';
import { askHealth, askStats, useEnv } from './testing/api-calls';

/**
 * What a client sees while the store is down and after it comes back, through the real route handlers:
 * /api/health answers 503 and GraphQL answers SERVICE_UNAVAILABLE; once the store is back both answer
 * again from the same process, with no restart (the explorer's banner polls the health route).
 */

let root: string;
let seeded: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'newsgraph-faults-'));
  seeded = path.join(root, 'seeded');
  const store = await EmbeddedGraphStore.open(seeded);
  await store.upsert(FIXTURE);
  await store.close();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
afterEach(async () => {
  await closeStore();
  vi.unstubAllEnvs();
});

describe('the API while the store is down', () => {
  it('answers 503 / SERVICE_UNAVAILABLE while the embedded data directory is gone, and recovers when it is back', async () => {
    const dataDir = path.join(root, 'volume');
    await cp(seeded, dataDir, { recursive: true });
    useEnv({ NEWSGRAPH_DATA_DIR: dataDir });
    expect((await askHealth()).status).toBe(200);
    expect((await askStats()).body.data?.stats?.entityCount).toBe(FIXTURE.entities.length);

    await rm(dataDir, { recursive: true });
    const down = await askHealth();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'unavailable', store: 'embedded' });
    // A resolver's failure is a GraphQL error with its code (HTTP 200, as GraphQL over HTTP has it).
    const refused = await askStats();
    expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);

    await mkdir(dataDir);
    await cp(seeded, dataDir, { recursive: true });
    const up = await askHealth();
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ status: 'ok', entities: FIXTURE.entities.length });
    expect((await askStats()).body.data?.stats?.entityCount).toBe(FIXTURE.entities.length);
  });

  it('answers 503 / SERVICE_UNAVAILABLE when Neo4j does not answer, and serves again once pointed at a store that does', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    useEnv({
      NEO4J_URI: 'bolt://127.0.0.1:1',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'unused-password',
      NEO4J_CONNECTION_TIMEOUT_MS: '1000',
    });
    const refused = await askStats();
    expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(JSON.stringify(refused.body)).not.toContain('unused-password');
    const down = await askHealth();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'unavailable', store: 'neo4j' });

    // The operator points the app at a store that answers: the same process serves again.
    await closeStore();
    useEnv({ NEWSGRAPH_DATA_DIR: seeded });
    expect((await askStats()).status).toBe(200);
    expect((await askHealth()).status).toBe(200);
  }, 15_000);
});
