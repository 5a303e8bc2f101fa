import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET, POST } from '@/app/api/graphql/route';
import { closeStore, getStore } from '@/app/server/store';
import { seededDataDir } from '@/app/server/testing/seeded-data-dir';
import { serveGraphQLDirectly } from './graphql-fast-path';
import { REQUEST_ID_HEADER } from './request-id';
import { API_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './security-headers';

/**
 * The direct path of GET and POST /api/graphql (server.ts), over real HTTP and a real store: it answers
 * what the route's handlers answer, with the headers next.config.ts gives the API, compressed as Next
 * compresses, and leaves every other request to Next (here a stand-in that answers 299).
 */

const seeded = seededDataDir('newsgraph-fast-path-');
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (serveGraphQLDirectly(request, response, origin)) return;
    response.statusCode = 299;
    response.end('left to Next');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});
afterEach(async () => {
  await closeStore();
  vi.unstubAllEnvs();
});

function useSeededStore(): void {
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD']) vi.stubEnv(name, '');
  vi.stubEnv('NEWSGRAPH_DATA_DIR', seeded.dataDir);
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One raw HTTP request (node:http, so that nothing decompresses or adds headers behind our back). */
function send(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(`${origin}${path}`, { method, headers: options.headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () =>
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }),
      );
    });
    outgoing.on('error', reject);
    if (options.body !== undefined) {
      if (options.chunked === true) outgoing.setHeader('transfer-encoding', 'chunked');
      outgoing.write(options.body);
    }
    outgoing.end();
  });
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const STATS = JSON.stringify({ query: '{ stats { entityCount relationCount } }' });

describe('GET and POST /api/graphql served directly', () => {
  it('answers what the route answers, with the API’s security headers and a request id', async () => {
    useSeededStore();
    const direct = await send('POST', '/api/graphql', { headers: JSON_HEADERS, body: STATS });
    const route = await POST(
      new Request('http://localhost/api/graphql', { method: 'POST', headers: JSON_HEADERS, body: STATS }),
    );
    expect(direct.status).toBe(200);
    expect(JSON.parse(direct.body.toString('utf8'))).toEqual(await route.json());
    for (const { key, value } of SECURITY_HEADERS) expect(direct.headers[key.toLowerCase()]).toBe(value);
    expect(direct.headers['content-security-policy']).toBe(API_CONTENT_SECURITY_POLICY);
    expect(direct.headers['content-type']).toMatch(/^application\/json/);
    expect(direct.headers[REQUEST_ID_HEADER]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('compresses an answer for a client that accepts gzip, as Next does', async () => {
    useSeededStore();
    const query = JSON.stringify({ query: '{ __schema { types { name fields { name } } } }' });
    const plain = await send('POST', '/api/graphql', { headers: JSON_HEADERS, body: query });
    const zipped = await send('POST', '/api/graphql', {
      headers: { ...JSON_HEADERS, 'accept-encoding': 'gzip' },
      body: query,
    });
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).toEqual(
      JSON.parse(plain.body.toString('utf8')),
    );
  });

  it('answers a GET with Apollo’s preflight header, and refuses a simple cross-site GET (CSRF)', async () => {
    useSeededStore();
    const path = `/api/graphql?query=${encodeURIComponent('{ stats { entityCount } }')}`;
    const preflighted = await send('GET', path, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    expect(JSON.parse(preflighted.body.toString('utf8')).data.stats.entityCount).toBe(
      seeded.batch.entities.length,
    );
    const simple = await send('GET', path);
    expect(simple.status).toBe(400);
    expect(simple.body.toString('utf8')).toMatch(/Cross-Site Request Forgery/);
    const viaRoute = await GET(new Request(`http://localhost${path}`));
    expect(viaRoute.status).toBe(simple.status);
  });

  it('refuses a body over the limit with 413 TOO_LARGE, declared or streamed without a length', async () => {
    useSeededStore();
    const big = JSON.stringify({ query: `{ stats { entityCount } } ${'#'.repeat(200 * 1024)}` });
    for (const chunked of [false, true]) {
      const answer = await send('POST', '/api/graphql', { headers: JSON_HEADERS, body: big, chunked });
      expect(answer.status, chunked ? 'streamed' : 'declared').toBe(413);
      const body = JSON.parse(answer.body.toString('utf8')) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('TOO_LARGE');
      expect(answer.headers[REQUEST_ID_HEADER]).toBeDefined();
    }
  });

  it('answers 503 SERVICE_UNAVAILABLE in the catalogue’s shape when the store cannot start', async () => {
    for (const name of ['NEO4J_USER', 'NEO4J_PASSWORD', 'NEWSGRAPH_DATA_DIR']) vi.stubEnv(name, '');
    vi.stubEnv('NEO4J_URI', 'bolt://127.0.0.1:1');
    const answer = await send('POST', '/api/graphql', { headers: JSON_HEADERS, body: STATS });
    expect(answer.status).toBe(503);
    const body = JSON.parse(answer.body.toString('utf8')) as { errors: { extensions: { code: string } }[] };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
  });

  it('leaves other methods, other paths and look-alike paths to Next', async () => {
    for (const [method, path] of [
      ['HEAD', '/api/graphql'],
      ['OPTIONS', '/api/graphql'],
      ['PUT', '/api/graphql'],
      ['POST', '/api/graphql/'],
      ['POST', '/api/graphqlx'],
      ['GET', '/api/health'],
      ['GET', '/'],
    ] as const) {
      const answer = await send(method, path, { headers: JSON_HEADERS });
      expect(answer.status, `${method} ${path}`).toBe(299);
    }
  });

  it('shares the process’s one store with another copy of the modules, as Next’s bundle is', async () => {
    useSeededStore();
    const direct = await send('POST', '/api/graphql', { headers: JSON_HEADERS, body: STATS });
    expect(direct.status).toBe(200);
    // A second evaluation of store.ts, as Next's bundle of the app holds next to server.ts's modules.
    vi.resetModules();
    const other = await import('@/app/server/store');
    expect(other.getStore).not.toBe(getStore);
    expect(await other.getStore()).toBe(await getStore());
  });
});
