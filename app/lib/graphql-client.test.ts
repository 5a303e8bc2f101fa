import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@/schema/error-codes';
import type { ErrorCode } from '@/schema/error-codes';
import { GraphQLRequestError, codeOfStatus, gql, isAbortError, retryAfterSeconds } from './graphql-client';
import { refusedOrigin } from './testing/refused-origin';

// A real HTTP server answering with canned bodies, so the client is exercised through real fetch.
const replies = new Map<
  string,
  { status: number; body: string; contentType?: string; retryAfter?: string }
>();
const received: { method?: string; contentType?: string; body: string }[] = [];
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    received.push({ method: req.method, contentType: req.headers['content-type'], body });
    const reply = replies.get(req.url ?? '') ?? { status: 404, body: 'not found', contentType: 'text/plain' };
    res.writeHead(reply.status, {
      'content-type': reply.contentType ?? 'application/json',
      ...(reply.retryAfter === undefined ? {} : { 'retry-after': reply.retryAfter }),
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
  replies.set('/html', { status: 502, body: '<html>Bad gateway</html>', contentType: 'text/html' });
  replies.set('/html-503', { status: 503, body: '<html>down</html>', contentType: 'text/html' });
  replies.set('/no-data', { status: 200, body: JSON.stringify({}) });
  // Every code of the catalogue, as the server answers it: its status and a GraphQL error carrying it.
  for (const [code, { status }] of Object.entries(ERROR_CODES)) {
    replies.set(`/code/${code}`, {
      status,
      body: JSON.stringify({ errors: [{ message: `${code} from the server.`, extensions: { code } }] }),
      ...(code === 'RATE_LIMITED' ? { retryAfter: '7' } : {}),
    });
  }
  replies.set('/html-504', { status: 504, body: '<html>Gateway Timeout</html>', contentType: 'text/html' });
  replies.set('/html-429', {
    status: 429,
    body: '<html>Slow down</html>',
    contentType: 'text/html',
    retryAfter: '30',
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

  it.each(Object.keys(ERROR_CODES) as ErrorCode[])(
    'keeps %s, a code the server can send, with its status',
    async (code) => {
      const error = await failure(gql('query { a }', {}, { endpoint: `${base}/code/${code}` }));
      expect(error.code).toBe(code);
      expect(error.status).toBe(ERROR_CODES[code].status);
      expect(error.message).toBe(`${code} from the server.`);
    },
  );

  it('reads Retry-After of a 429 into retryAfterSeconds', async () => {
    const error = await failure(gql('query { a }', {}, { endpoint: `${base}/code/RATE_LIMITED` }));
    expect(error.retryAfterSeconds).toBe(7);
  });

  it('names a coded status of an answer that is not GraphQL by the catalogue (a proxy’s 504 or 429 page)', async () => {
    expect((await failure(gql('query { a }', {}, { endpoint: `${base}/html-504` }))).code).toBe('TIMEOUT');
    const limited = await failure(gql('query { a }', {}, { endpoint: `${base}/html-429` }));
    expect(limited.code).toBe('RATE_LIMITED');
    expect(limited.retryAfterSeconds).toBe(30);
  });

  it('reports a code it does not know as UNKNOWN', async () => {
    replies.set('/new-code', {
      status: 400,
      body: JSON.stringify({ errors: [{ message: 'bad', extensions: { code: 'SOMETHING_NEWER' } }] }),
    });
    const error = await failure(gql('query { nope }', {}, { endpoint: `${base}/new-code` }));
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
    const error = await failure(gql('query { a }', {}, { endpoint: `${await refusedOrigin()}/api/graphql` }));
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

describe('codeOfStatus', () => {
  it('names the code of a status that means the same whoever answered, and none for 400, 404, 500 or 502', () => {
    expect(codeOfStatus(429)).toBe('RATE_LIMITED');
    expect(codeOfStatus(504)).toBe('TIMEOUT');
    expect(codeOfStatus(413)).toBe('TOO_LARGE');
    expect(codeOfStatus(503)).toBe('SERVICE_UNAVAILABLE');
    expect(codeOfStatus(400)).toBeUndefined();
    expect(codeOfStatus(404)).toBeUndefined();
    expect(codeOfStatus(500)).toBeUndefined();
    expect(codeOfStatus(502)).toBeUndefined();
  });
});

describe('retryAfterSeconds', () => {
  it('reads whole seconds or an HTTP date, and nothing from a missing or unreadable header', () => {
    expect(retryAfterSeconds(new Headers({ 'retry-after': '12' }))).toBe(12);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterSeconds(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:09 GMT' }), now)).toBe(9);
    expect(retryAfterSeconds(new Headers())).toBeUndefined();
    expect(retryAfterSeconds(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
  });
});
