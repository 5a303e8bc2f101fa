import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLRequestError, gql, isAbortError } from './graphql-client';

// A real HTTP server answering with canned bodies, so the client is exercised through real fetch.
const replies = new Map<string, { status: number; body: string; contentType?: string }>();
const received: { method?: string; contentType?: string; body: string }[] = [];
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    received.push({ method: req.method, contentType: req.headers['content-type'], body });
    const reply = replies.get(req.url ?? '') ?? { status: 404, body: 'not found', contentType: 'text/plain' };
    res.writeHead(reply.status, {
      'content-type': reply.contentType ?? 'application/json',
      ...(reply.status === 429 ? { 'retry-after': '17' } : {}),
    });
    res.end(reply.body);
  });
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  replies.set('/ok', { status: 200, body: JSON.stringify({ data: { stats: { entityCount: 24 } } }) });
  replies.set('/unavailable', {
    status: 200,
    body: JSON.stringify({
      data: null,
      errors: [{ message: 'The graph store is unreachable', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    }),
  });
  replies.set('/odd-code', {
    status: 400,
    body: JSON.stringify({ errors: [{ message: 'bad', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }),
  });
  replies.set('/html', { status: 502, body: '<html>Bad gateway</html>', contentType: 'text/html' });
  replies.set('/html-503', { status: 503, body: '<html>down</html>', contentType: 'text/html' });
  replies.set('/no-data', { status: 200, body: JSON.stringify({}) });
  replies.set('/limited', {
    status: 429,
    body: JSON.stringify({
      errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }],
    }),
  });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function failure(promise: Promise<unknown>): Promise<GraphQLRequestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphQLRequestError);
  return error as GraphQLRequestError;
}

describe('gql', () => {
  it('returns the data of a successful answer', async () => {
    const data = await gql<{ stats: { entityCount: number } }>(
      'query { stats { entityCount } }',
      {},
      {
        endpoint: `${base}/ok`,
      },
    );
    expect(data.stats.entityCount).toBe(24);
  });

  it('sends a JSON POST with the query and variables (what Apollo’s CSRF prevention accepts)', async () => {
    received.length = 0;
    await gql('query Q($id: ID!) { entity(id: $id) { id } }', { id: 'cecot' }, { endpoint: `${base}/ok` });
    expect(received[0]?.method).toBe('POST');
    expect(received[0]?.contentType).toBe('application/json');
    expect(JSON.parse(received[0]?.body ?? '')).toEqual({
      query: 'query Q($id: ID!) { entity(id: $id) { id } }',
      variables: { id: 'cecot' },
    });
  });

  it('throws with the code of the first GraphQL error', async () => {
    const error = await failure(
      gql('query { stats { entityCount } }', {}, { endpoint: `${base}/unavailable` }),
    );
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('reports a 429 as RATE_LIMITED with the seconds of its Retry-After', async () => {
    const error = await gql('{ stats }', {}, { endpoint: `${base}/limited` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfter: 17 });
  });

  it('reports a code it does not know as UNKNOWN', async () => {
    const error = await failure(gql('query { nope }', {}, { endpoint: `${base}/odd-code` }));
    expect(error.code).toBe('UNKNOWN');
    expect(error.status).toBe(400);
  });

  it('reports an answer that is not GraphQL as BAD_RESPONSE, or SERVICE_UNAVAILABLE on HTTP 503', async () => {
    expect((await failure(gql('query { a }', {}, { endpoint: `${base}/html` }))).code).toBe('BAD_RESPONSE');
    expect((await failure(gql('query { a }', {}, { endpoint: `${base}/html-503` }))).code).toBe(
      'SERVICE_UNAVAILABLE',
    );
  });

  it('reports an answer without data as BAD_RESPONSE', async () => {
    expect((await failure(gql('query { a }', {}, { endpoint: `${base}/no-data` }))).code).toBe(
      'BAD_RESPONSE',
    );
  });

  it('reports a server that does not answer as NETWORK_ERROR', async () => {
    // A port that was just free and is closed again: the connection is refused.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(gql('query { a }', {}, { endpoint: `http://127.0.0.1:${port}/api/graphql` }));
    expect(error.code).toBe('NETWORK_ERROR');
  });

  it('rethrows the abort when the caller aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await gql('query { a }', {}, { endpoint: `${base}/ok`, signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect(isAbortError(error)).toBe(true);
  });
});
