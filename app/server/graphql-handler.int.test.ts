import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as explorerQueries from '@/app/lib/queries';
import { LIMITS } from '@/graph/limits';
import type { GraphStore } from '@/graph/store';
import { resolveApiConfig } from '@/schema/api-config';
import { countCalls } from '@/schema/testing/counting-store';
import { catalogued } from '@/schema/testing/execute';
import type { LogLine } from '@/schema/testing/log-capture';
import { LEVEL, captureLogs } from '@/schema/testing/log-capture';
import type { SeededStore } from '@/schema/testing/seeded-store';
import { openSeededStore } from '@/schema/testing/seeded-store';
import { createGraphQLHandler } from './graphql-handler';
import { resolveHttpConfig } from './http/config';

/** /api/graphql's HTTP handler over the real Apollo server and a real embedded store loaded with the seed. */

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; requestId?: string } }[];
}

let seeded: SeededStore;
let seedId: string;
/** A second entity: the other end of the explorer's path query. */
let otherId: string;

beforeAll(async () => {
  seeded = await openSeededStore();
  seedId = seeded.batch.entities[0]?.id ?? 'missing';
  otherId = seeded.batch.entities[1]?.id ?? 'missing';
});
afterAll(async () => {
  await seeded.dispose();
});

function handlerOver(store: GraphStore, env: Record<string, string> = {}) {
  const logs = captureLogs();
  const handler = createGraphQLHandler({
    getStore: async () => store,
    api: resolveApiConfig(env),
    http: resolveHttpConfig(env),
    logger: logs.logger,
  });
  return { handler, lines: logs.lines };
}

function post(body: string, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

function postQuery(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return post(JSON.stringify({ query, variables }), headers);
}

async function read(response: Response): Promise<Body> {
  return (await response.json()) as Body;
}

const codes = (body: Body) => (body.errors ?? []).map((e) => catalogued(e.extensions?.code));
const requestLines = (lines: LogLine[]) => lines.filter((line) => line.msg === 'graphql request');

/** A real store whose `stats` never answers: a database that hangs. */
function hangingStats(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'stats') return () => new Promise(() => undefined);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * A real store whose `getEntity` answers only once `open()` is called, as a database that is slow for
 * exactly as long as the test needs; `answered` settles when it has answered.
 */
function gatedGetEntity(store: GraphStore) {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  let markAnswered = () => {};
  const answered = new Promise<void>((resolve) => {
    markAnswered = resolve;
  });
  const gated: GraphStore = new Proxy(store, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property === 'getEntity' && typeof value === 'function') {
        return async (...args: unknown[]) => {
          await opened;
          try {
            return (await Reflect.apply(value, target, args)) as unknown;
          } finally {
            markAnswered();
          }
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { store: gated, open, answered };
}

/** Lets every piece of work already queued run (promise jobs and I/O callbacks), with no clock involved. */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

/** A real store whose `stats` fails with a raw error naming a server path, as a bug or a driver would. */
function failingStats(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'stats') return () => Promise.reject(new Error('cannot read /srv/secret/graph.json'));
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('the GraphQL HTTP handler', () => {
  describe('an ordinary request', () => {
    it('is answered, with a request id in the x-request-id header', async () => {
      const { handler } = handlerOver(seeded.store);
      const response = await handler(postQuery('{ stats { entityCount } }'));
      expect(response.status).toBe(200);
      expect((await read(response)).data).toEqual({ stats: { entityCount: seeded.batch.entities.length } });
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('gets a different request id every time', async () => {
      const { handler } = handlerOver(seeded.store);
      const first = await handler(postQuery('{ stats { entityCount } }'));
      const second = await handler(postQuery('{ stats { entityCount } }'));
      expect(first.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'));
    });

    it('reads JSON sent with a charset parameter', async () => {
      const { handler } = handlerOver(seeded.store);
      const response = await handler(
        post(JSON.stringify({ query: '{ stats { entityCount } }' }), {
          'content-type': 'application/json; charset=utf-8',
        }),
      );
      expect(response.status).toBe(200);
    });

    it('writes one log line with the request id, operation, status, duration and outcome', async () => {
      const { handler, lines } = handlerOver(seeded.store);
      const response = await handler(postQuery('query Totals { stats { entityCount } }'));
      const logged = requestLines(lines);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({
        level: LEVEL.info,
        requestId: response.headers.get('x-request-id'),
        operationName: 'Totals',
        method: 'POST',
        status: 200,
        outcome: 'ok',
        errorCodes: [],
      });
      expect(typeof logged[0]?.durationMs).toBe('number');
    });

    it('logs the codes of the errors it answered with', async () => {
      const { handler, lines } = handlerOver(seeded.store);
      await handler(postQuery('query Missing { neighborhood(ids: ["no-such-entity"]) { truncated } }'));
      expect(requestLines(lines)[0]).toMatchObject({ outcome: 'error', errorCodes: ['NOT_FOUND'] });
    });
  });

  describe('the explorer and the query console', () => {
    // Every operation the explorer sends, including any added after this test was written.
    const queries = Object.entries(explorerQueries as Record<string, unknown>).flatMap(([name, value]) =>
      name.endsWith('_QUERY') && typeof value === 'string' ? [[name, value] as const] : [],
    );

    it.each(queries)(
      '%s passes every limit, even with its lists as long as the API allows',
      async (_name, query) => {
        const { handler } = handlerOver(seeded.store);
        // The cost limit counts `first` whether written or passed as a variable: the explorer's expansion
        // asks for as many relations as Entity.relations allows.
        const first = /relations\(first: \$first\)/.test(query)
          ? LIMITS.maxRelationsLimit
          : LIMITS.maxSearchLimit;
        const variables = {
          ids: [seedId],
          id: seedId,
          from: seedId,
          to: otherId,
          query: 'bukele',
          first,
          limit: 40,
          depth: 2,
          format: 'JSON',
        };
        const body = await read(await handler(postQuery(query, variables)));
        expect(codes(body)).toEqual([]);
      },
    );

    it('the standard introspection query passes every limit', async () => {
      const { handler } = handlerOver(seeded.store, { NODE_ENV: 'production' });
      const response = await handler(postQuery(getIntrospectionQuery({ descriptions: true })));
      expect(response.status).toBe(200);
      expect(codes(await read(response))).toEqual([]);
    });
  });

  describe('a request over a limit', () => {
    it('is refused with 400 GRAPHQL_VALIDATION_FAILED when too deep, before the store is asked', async () => {
      const counting = countCalls(seeded.store);
      const { handler } = handlerOver(counting.store);
      const deep =
        '{ search(query: "a") { relations { source { relations { source { relations { id } } } } } } }';
      const response = await handler(postQuery(deep));
      expect(response.status).toBe(400);
      expect(codes(await read(response))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(counting.calls('search')).toHaveLength(0);
    });

    it('is refused with 400 GRAPHQL_PARSE_FAILED when it has too many tokens (not a 500)', async () => {
      const { handler } = handlerOver(seeded.store);
      const response = await handler(postQuery(`{ stats { ${'entityCount '.repeat(1000)}} }`));
      expect(response.status).toBe(400);
      expect(codes(await read(response))).toEqual(['GRAPHQL_PARSE_FAILED']);
    });

    it('is refused with 413 TOO_LARGE when its Content-Length is over the body limit', async () => {
      const { handler } = handlerOver(seeded.store, { NEWSGRAPH_GRAPHQL_MAX_BODY_BYTES: '2048' });
      const body = JSON.stringify({ query: `{ stats { entityCount } } # ${'x'.repeat(4096)}` });
      const response = await handler(post(body, { 'content-length': String(body.length) }));
      expect(response.status).toBe(413);
      const answer = await read(response);
      expect(codes(answer)).toEqual(['TOO_LARGE']);
      expect(answer.errors?.[0]?.extensions?.requestId).toBe(response.headers.get('x-request-id'));
    });

    it('is cut off with 413 TOO_LARGE when its body runs past the limit without a Content-Length', async () => {
      const { handler } = handlerOver(seeded.store, { NEWSGRAPH_GRAPHQL_MAX_BODY_BYTES: '2048' });
      const chunk = new TextEncoder().encode(' '.repeat(1024));
      let sent = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += 1;
          controller.enqueue(chunk);
        },
      });
      const request = new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: endless,
        duplex: 'half',
      } as RequestInit);
      const response = await handler(request);
      expect(response.status).toBe(413);
      expect(codes(await read(response))).toEqual(['TOO_LARGE']);
      expect(sent).toBeLessThan(10);
    });

    it('is answered 504 TIMEOUT when it runs past the time limit, with the request id', async () => {
      const { handler, lines } = handlerOver(hangingStats(seeded.store), {
        NEWSGRAPH_GRAPHQL_TIMEOUT_MS: '50',
      });
      const response = await handler(postQuery('query Hangs { stats { entityCount } }'));
      expect(response.status).toBe(504);
      const answer = await read(response);
      expect(codes(answer)).toEqual(['TIMEOUT']);
      expect(answer.errors?.[0]?.extensions?.requestId).toBe(response.headers.get('x-request-id'));
      expect(requestLines(lines)[0]).toMatchObject({
        level: LEVEL.error,
        status: 504,
        errorCodes: ['TIMEOUT'],
      });
    });
    it('starts no store call after running out of time', async () => {
      // The entity is held back until the 504 has gone out (a gate, not a delay); once it arrives, its
      // relations must not be asked for.
      const gate = gatedGetEntity(seeded.store);
      const counting = countCalls(gate.store);
      const { handler } = handlerOver(counting.store, { NEWSGRAPH_GRAPHQL_TIMEOUT_MS: '50' });
      const query = `query Late { entity(id: "${seedId}") { id relations { id } } }`;
      const response = await handler(postQuery(query));
      expect(response.status).toBe(504);
      expect(counting.calls('getEntity')).toHaveLength(1);
      gate.open();
      await gate.answered;
      await settle();
      expect(counting.calls('relationsOf')).toHaveLength(0);
    });

    it('goes on with the operation when it is within the time limit (the check above can fail)', async () => {
      const gate = gatedGetEntity(seeded.store);
      const counting = countCalls(gate.store);
      const { handler } = handlerOver(counting.store);
      const query = `query InTime { entity(id: "${seedId}") { id relations { id } } }`;
      const answering = handler(postQuery(query));
      await settle();
      gate.open();
      expect((await answering).status).toBe(200);
      expect(counting.calls('relationsOf')).toHaveLength(1);
    });
  });

  describe('a malformed request', () => {
    it('is refused with 400 BAD_REQUEST when the JSON does not parse', async () => {
      const { handler } = handlerOver(seeded.store);
      const response = await handler(post('{ "query": '));
      expect(response.status).toBe(400);
      expect(codes(await read(response))).toEqual(['BAD_REQUEST']);
    });

    it('is refused with 400 when it batches several operations in one body', async () => {
      const { handler } = handlerOver(seeded.store);
      const batch = JSON.stringify([
        { query: '{ stats { entityCount } }' },
        { query: '{ documents { id } }' },
      ]);
      const response = await handler(post(batch));
      expect(response.status).toBe(400);
    });
  });

  describe('a client’s mistake that graphql-js or Apollo raises without a code', () => {
    // Each of these once came back as a masked INTERNAL_SERVER_ERROR, as if the server had broken
    // (found by npm run bench:fuzz). None is a bug of ours, so none is logged as an error either.
    const errorLines = (lines: LogLine[]) => lines.filter((line) => line.level >= LEVEL.error);

    it.each([
      ['a mutation', 'mutation { stats { entityCount } }', 'mutation'],
      ['a mutation of a field that exists nowhere', 'mutation { upsert }', 'mutation'],
      ['a subscription', 'subscription { stats { entityCount } }', 'subscription'],
    ])('is %s: refused with 400 BAD_REQUEST, saying the API only reads', async (_name, query, kind) => {
      const counting = countCalls(seeded.store);
      const { handler, lines } = handlerOver(counting.store);
      const response = await handler(postQuery(query));
      expect(response.status).toBe(400);
      const answer = await read(response);
      expect(codes(answer)).toEqual(['BAD_REQUEST']);
      expect(answer.errors?.[0]?.message).toMatch(/read-only: only query operations are served/);
      expect(answer.errors?.[0]?.message).toContain(kind);
      expect(counting.calls('stats')).toHaveLength(0);
      expect(errorLines(lines)).toEqual([]);
    });

    it('is a mutation sent as a GET: refused with 405 by Apollo, not masked', async () => {
      const { handler } = handlerOver(seeded.store);
      const url = `http://localhost/api/graphql?query=${encodeURIComponent('mutation { stats { entityCount } }')}`;
      const response = await handler(new Request(url, { headers: { 'apollo-require-preflight': 'true' } }));
      expect(response.status).toBe(405);
      expect(codes(await read(response))).toEqual(['BAD_REQUEST']);
    });

    it.each([
      ['with a query and a hash that does not match it', { query: '{ stats { entityCount } }' }, 1],
      ['with a hash alone', {}, 1],
      ['of a version that does not exist', { query: '{ stats { entityCount } }' }, 2],
    ])(
      'is a persisted query %s: answered PERSISTED_QUERY_NOT_SUPPORTED (the explorer sends none)',
      async (_name, fields, version) => {
        const { handler, lines } = handlerOver(seeded.store);
        const body = { ...fields, extensions: { persistedQuery: { version, sha256Hash: 'abc' } } };
        const response = await handler(post(JSON.stringify(body)));
        const answer = await read(response);
        expect(codes(answer)).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
        expect(answer.data ?? undefined).toBeUndefined();
        expect(errorLines(lines)).toEqual([]);
      },
    );

    it('is more than 50 wrong variable values: every error BAD_USER_INPUT with 400, the last one included', async () => {
      const { handler, lines } = handlerOver(seeded.store);
      const ids = Array.from({ length: 60 }, () => 1.5);
      const response = await handler(
        postQuery('query($ids: [ID!]!) { subgraph(ids: $ids) { truncated } }', { ids }),
      );
      expect(response.status).toBe(400);
      const answer = await read(response);
      expect(answer.errors?.length).toBeGreaterThan(50);
      expect(new Set(codes(answer))).toEqual(new Set(['BAD_USER_INPUT']));
      expect(answer.errors?.at(-1)?.message).toMatch(/^Too many errors processing variables/);
      expect(errorLines(lines)).toEqual([]);
    });
  });

  describe('a browser visiting the URL', () => {
    it('gets no landing page (Apollo’s would load its Sandbox from a CDN)', async () => {
      const { handler } = handlerOver(seeded.store);
      const response = await handler(
        new Request('http://localhost/api/graphql', { headers: { accept: 'text/html' } }),
      );
      expect(response.headers.get('content-type')).not.toMatch(/html/);
      expect(response.status).toBe(400);
    });
  });

  describe('CSRF prevention', () => {
    const url = `http://localhost/api/graphql?query=${encodeURIComponent('{ stats { entityCount } }')}`;

    it('refuses a simple GET, which any page could make a browser send', async () => {
      const { handler } = handlerOver(seeded.store);
      const response = await handler(new Request(url));
      expect(response.status).toBe(400);
      expect(codes(await read(response))).toEqual(['BAD_REQUEST']);
    });

    it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
      'refuses a POST as %s, which a form on another site could send',
      async (type) => {
        const counting = countCalls(seeded.store);
        const { handler } = handlerOver(counting.store);
        const response = await handler(
          post(JSON.stringify({ query: '{ stats { entityCount } }' }), { 'content-type': type }),
        );
        expect(response.status).toBe(400);
        expect(counting.calls('stats')).toHaveLength(0);
      },
    );

    it('answers a GET that carries a header only a preflighted request can send', async () => {
      const { handler } = handlerOver(seeded.store);
      const response = await handler(new Request(url, { headers: { 'apollo-require-preflight': 'true' } }));
      expect(response.status).toBe(200);
    });
  });

  describe('an unexpected error', () => {
    it('is masked, and carries the request id that the header and the server’s log carry', async () => {
      const { handler, lines } = handlerOver(failingStats(seeded.store));
      const response = await handler(postQuery('{ stats { entityCount } }'));
      const text = await response.text();
      expect(text).not.toContain('/srv/secret');
      const answer = JSON.parse(text) as Body;
      const requestId = response.headers.get('x-request-id');
      expect(answer.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
      const logged = lines.filter((line) => line.requestId === requestId && line.level === LEVEL.error);
      expect(JSON.stringify(logged)).toContain('/srv/secret');
    });
  });

  describe('request ids from a proxy', () => {
    const fromProxy = { 'x-request-id': 'proxy-4f1c2a9e' };

    it('are kept when the proxy is trusted', async () => {
      const { handler } = handlerOver(seeded.store, { NEWSGRAPH_TRUST_PROXY: 'true' });
      const response = await handler(postQuery('{ stats { entityCount } }', {}, fromProxy));
      expect(response.headers.get('x-request-id')).toBe('proxy-4f1c2a9e');
    });

    it('are replaced when it is not, since a client could write anything there', async () => {
      const { handler } = handlerOver(seeded.store);
      const response = await handler(postQuery('{ stats { entityCount } }', {}, fromProxy));
      expect(response.headers.get('x-request-id')).not.toBe('proxy-4f1c2a9e');
    });
  });
});
