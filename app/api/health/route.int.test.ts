import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getLogger, useLogger } from '@/app/server/logger';
import { closeStore } from '@/app/server/store';
import { SNAPSHOT_FILE } from '@/graph/embedded/embedded-store';
import { LEVEL, captureLogs } from '@/schema/testing/log-capture';
import { seededDataDir } from '@/app/server/testing/seeded-data-dir';
import { GET } from './route';

/** The health route's handler, called as Next.js calls it, over the store the environment names. */

const seeded = seededDataDir('newsgraph-health-');
afterEach(async () => {
  await closeStore();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function useEnv(env: Record<string, string>) {
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'NEWSGRAPH_DATA_DIR']) {
    vi.stubEnv(name, env[name] ?? '');
  }
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
}

async function check(): Promise<{
  status: number;
  body: Record<string, unknown>;
  cache: string | null;
  requestId: string | null;
}> {
  const response = await GET(new Request('http://localhost/api/health'));
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    cache: response.headers.get('cache-control'),
    requestId: response.headers.get('x-request-id'),
  };
}

describe('GET /api/health', () => {
  it('answers 200 with the store kind and the graph’s size when the store is ready', async () => {
    useEnv({ NEWSGRAPH_DATA_DIR: seeded.dataDir });
    const { status, body, cache } = await check();
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ok',
      store: 'embedded',
      entities: seeded.batch.entities.length,
      relations: seeded.batch.relations.length,
      documents: seeded.batch.documents.length,
    });
    expect(cache).toBe('no-store');
  });

  it('answers 503 when the configuration is invalid', async () => {
    useEnv({ NEO4J_URI: 'bolt://127.0.0.1:1' }); // no user or password
    const { status, body, cache } = await check();
    expect(status).toBe(503);
    expect(body.status).toBe('unavailable');
    expect(body.store).toBeNull();
    expect(typeof body.error).toBe('string');
    expect(cache).toBe('no-store');
  });

  it('answers 503 when the embedded store’s directory cannot be created', async () => {
    const blocker = path.join(seeded.dataDir, 'a-file');
    await writeFile(blocker, 'not a directory');
    useEnv({ NEWSGRAPH_DATA_DIR: path.join(blocker, 'data') });
    const { status, body } = await check();
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: 'unavailable', store: 'embedded' });
  });

  it('answers 503 without details, and logs them with the request id, when the data file is damaged', async () => {
    const processLogger = getLogger();
    const logs = captureLogs();
    useLogger(logs.logger);
    const damaged = await mkdtemp(path.join(tmpdir(), 'newsgraph-health-damaged-'));
    try {
      await writeFile(path.join(damaged, SNAPSHOT_FILE), '{ not json');
      useEnv({ NEWSGRAPH_DATA_DIR: damaged });
      const { status, body, requestId } = await check();
      expect(status).toBe(503);
      expect(body).toMatchObject({ status: 'unavailable', store: 'embedded' });
      expect(JSON.stringify(body)).not.toContain(damaged);
      const logged = logs.lines.filter((line) => line.level === LEVEL.error);
      expect(logged).toHaveLength(1);
      expect(logged[0]?.requestId).toBe(requestId);
      expect(JSON.stringify(logged[0])).toContain(damaged);
    } finally {
      useLogger(processLogger);
      await rm(damaged, { recursive: true, force: true });
    }
  });

  it('recovers once the problem is fixed, without a restart', async () => {
    useEnv({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect((await check()).status).toBe(503);
    useEnv({ NEWSGRAPH_DATA_DIR: seeded.dataDir });
    expect((await check()).status).toBe(200);
  });

  it('answers 503 when Neo4j does not answer at NEO4J_URI', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    useEnv({
      NEO4J_URI: 'bolt://127.0.0.1:1',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'unused-password',
      NEO4J_CONNECTION_TIMEOUT_MS: '1000',
    });
    const { status, body } = await check();
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: 'unavailable', store: 'neo4j' });
    expect(JSON.stringify(body)).not.toContain('unused-password');
  });
});
