import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeStore } from '@/app/server/store';
import { seededDataDir } from '@/app/server/testing/seeded-data-dir';
import { GET, POST } from './route';

/** The GraphQL route's handlers, called with plain Requests as Next.js calls them, over a real store. */

const seeded = seededDataDir('newsgraph-graphql-');
afterEach(async () => {
  await closeStore();
  vi.unstubAllEnvs();
});

function useEnv(env: Record<string, string>) {
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEWSGRAPH_DATA_DIR']) {
    vi.stubEnv(name, env[name] ?? '');
  }
}

function post(query: string, variables: Record<string, unknown> = {}) {
  return POST(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    }),
  );
}

interface Body {
  data?: { stats?: { entityCount: number } } | null;
  errors?: { message: string; extensions?: { code?: string; requestId?: string } }[];
}

describe('/api/graphql', () => {
  it('answers a POSTed query from the configured store', async () => {
    useEnv({ NEWSGRAPH_DATA_DIR: seeded.dataDir });
    const response = await post('{ stats { entityCount } }');
    expect(response.status).toBe(200);
    const body = (await response.json()) as Body;
    expect(body.data?.stats?.entityCount).toBe(seeded.batch.entities.length);
  });

  it('answers a GET query that carries Apollo’s preflight header', async () => {
    useEnv({ NEWSGRAPH_DATA_DIR: seeded.dataDir });
    const url = `http://localhost/api/graphql?query=${encodeURIComponent('{ stats { entityCount } }')}`;
    const response = await GET(new Request(url, { headers: { 'apollo-require-preflight': 'true' } }));
    expect(response.status).toBe(200);
  });

  it('refuses a simple cross-site GET (CSRF prevention stays on)', async () => {
    useEnv({ NEWSGRAPH_DATA_DIR: seeded.dataDir });
    const url = `http://localhost/api/graphql?query=${encodeURIComponent('{ stats { entityCount } }')}`;
    const response = await GET(new Request(url));
    expect(response.status).toBe(400);
  });

  it('answers 503 SERVICE_UNAVAILABLE when the store cannot start', async () => {
    const blocker = path.join(seeded.dataDir, 'a-file');
    await writeFile(blocker, 'not a directory');
    useEnv({ NEWSGRAPH_DATA_DIR: path.join(blocker, 'data') });
    const response = await post('{ stats { entityCount } }');
    expect(response.status).toBe(503);
    const body = (await response.json()) as Body;
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
  });

  it('answers 503 SERVICE_UNAVAILABLE when the configuration is invalid', async () => {
    useEnv({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    const response = await post('{ stats { entityCount } }');
    expect(response.status).toBe(503);
    const body = (await response.json()) as Body;
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
  });

  it('tags every answer with an x-request-id header', async () => {
    useEnv({ NEWSGRAPH_DATA_DIR: seeded.dataDir });
    const response = await post('{ stats { entityCount } }');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 429 RATE_LIMITED with Retry-After past NEWSGRAPH_RATE_LIMIT_GRAPHQL', async () => {
    useEnv({ NEWSGRAPH_DATA_DIR: seeded.dataDir });
    vi.stubEnv('NEWSGRAPH_RATE_LIMIT_GRAPHQL', '2');
    // The limiter reads its setting once per process; a fresh copy of the route module reads it again.
    vi.resetModules();
    const route = await import('./route');
    const ask = () =>
      route.POST(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ stats { entityCount } }' }),
        }),
      );
    expect((await ask()).status).toBe(200);
    expect((await ask()).status).toBe(200);
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as Body;
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
    // Like every other answer, the refusal carries a request id, the same in the header and the error.
    expect(refused.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.errors?.[0]?.extensions?.requestId).toBe(refused.headers.get('x-request-id'));
  });
});
