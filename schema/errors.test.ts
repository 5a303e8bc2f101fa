import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedGraphStore, SNAPSHOT_FILE } from '../graph/embedded/embedded-store';
import type { GraphStore } from '../graph/store';
import { createRequestScope, runInRequestScope } from './request-scope';
import { createApolloServer } from './server';
import { countCalls } from './testing/counting-store';
import { codesOf, execute } from './testing/execute';
import { LEVEL, captureLogs } from './testing/log-capture';
import type { SeededStore } from './testing/seeded-store';
import { openSeededEmbeddedStore, openSeededStore } from './testing/seeded-store';

/** How failures reach the client: our codes for our errors, Apollo's for GraphQL's, a mask for the rest. */

const logs = captureLogs();
const server = createApolloServer({ logger: logs.logger });
let seeded: SeededStore;
let anyId: string;

beforeAll(async () => {
  seeded = await openSeededStore();
  anyId = seeded.batch.entities[0]?.id ?? 'missing';
});
afterAll(async () => {
  await seeded.dispose();
});

function run(query: string, variables?: Record<string, unknown>, store: GraphStore = seeded.store) {
  return execute(server, store, query, variables);
}

describe('GraphQL API', () => {
  describe('bad input', () => {
    const cases: [string, string, Record<string, unknown>][] = [
      ['search with first: 0', 'query($v: Int) { search(query: "a", first: $v) { id } }', { v: 0 }],
      ['search with first: 101', 'query($v: Int) { search(query: "a", first: $v) { id } }', { v: 101 }],
      ['search with a blank query', '{ search(query: "   ") { id } }', {}],
      ['search with a lowercase entity type', '{ search(query: "a", types: ["person"]) { id } }', {}],
      [
        'neighborhood with depth: 9',
        'query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 9) { truncated } }',
        {},
      ],
      [
        'neighborhood with limit: 2001',
        'query($ids: [ID!]!) { neighborhood(ids: $ids, limit: 2001) { truncated } }',
        {},
      ],
      ['neighborhood with no ids', '{ neighborhood(ids: []) { truncated } }', {}],
      [
        'neighborhood with an injection string as a relation type',
        'query($ids: [ID!]!, $t: [String!]) { neighborhood(ids: $ids, relationTypes: $t) { truncated } }',
        { t: ['SAID`]-() DETACH DELETE n //'] },
      ],
      [
        'shortestPath with maxDepth: 11',
        '{ shortestPath(from: "a", to: "b", maxDepth: 11) { truncated } }',
        {},
      ],
      [
        'subgraph with 1001 ids',
        'query($ids: [ID!]!) { subgraph(ids: $ids) { truncated } }',
        { ids: Array.from({ length: 1001 }, (_, i) => `entity-${i}`) },
      ],
      ['overview with limit: 0', '{ overview(limit: 0) { truncated } }', {}],
      [
        'Entity.relations with a lowercase relation type',
        '{ search(query: "a") { relations(types: ["said"]) { id } } }',
        {},
      ],
    ];

    it.each(cases)('refuses %s with BAD_USER_INPUT, before asking the store', async (_name, query, extra) => {
      const counting = countCalls(seeded.store);
      // Operations that declare $ids get a real seed unless the case brings its own (undeclared ones are ignored).
      const result = await run(query, { ids: [anyId], ...extra }, counting.store);
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      for (const method of ['neighborhood', 'shortestPath', 'subgraph', 'overview', 'relationsOf'] as const) {
        expect(counting.calls(method), method).toHaveLength(0);
      }
    });

    it('says which argument was wrong and what is allowed', async () => {
      const result = await run('{ search(query: "a", first: 0) { id } }');
      expect(result.errors?.[0]?.message).toMatch(/first/);
      expect(result.errors?.[0]?.message).toMatch(/100/);
    });

    it('keeps Apollo’s code for a query that does not validate', async () => {
      const result = await run('{ search(query: "a") { noSuchField } }');
      expect(codesOf(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    });

    it('keeps Apollo’s code for a variable of the wrong type', async () => {
      const result = await run('query($first: Int) { search(query: "a", first: $first) { id } }', {
        first: 'ten',
      });
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('unknown ids', () => {
    it.each([
      ['neighborhood', '{ neighborhood(ids: ["no-such-entity"]) { truncated } }'],
      ['shortestPath', '{ shortestPath(from: "no-such-entity", to: "no-such-other") { truncated } }'],
      ['subgraph', '{ subgraph(ids: ["no-such-entity"]) { truncated } }'],
    ])('make %s fail with NOT_FOUND', async (_name, query) => {
      const result = await run(query);
      expect(codesOf(result)).toEqual(['NOT_FOUND']);
      expect(result.errors?.[0]?.path).toBeDefined();
    });
  });

  describe('an unavailable store', () => {
    it('gives SERVICE_UNAVAILABLE from a closed embedded store', async () => {
      const closed = await openSeededEmbeddedStore();
      await closed.dispose();
      const result = await run('{ stats { entityCount } }', {}, closed.store);
      expect(codesOf(result)).toEqual(['SERVICE_UNAVAILABLE']);
    });

    it('gives SERVICE_UNAVAILABLE from a Neo4j store at a closed port', async () => {
      // The adapter opens without contacting the server (so the app can start while Neo4j is down); the
      // first call finds nobody at the port.
      const { createStore } = await import('../graph/create-store');
      const store = await createStore({
        kind: 'neo4j',
        uri: 'bolt://127.0.0.1:1',
        user: 'neo4j',
        password: 'unused-password',
        database: undefined,
        connectionTimeoutMs: 1_000,
      });
      try {
        const result = await run('{ search(query: "a") { id } }', {}, store);
        expect(codesOf(result)).toEqual(['SERVICE_UNAVAILABLE']);
        expect(JSON.stringify(result.errors)).not.toContain('unused-password');
      } finally {
        await store.close();
      }
    });
  });

  describe('unexpected errors', () => {
    it('are masked as INTERNAL_SERVER_ERROR, without message or stack, and logged on the server', async () => {
      const broken = await openSeededEmbeddedStore();
      try {
        // A directory where the snapshot should be: the store's next read fails with a raw EISDIR error
        // whose message names the server's file system.
        const file = path.join(broken.dataDir, SNAPSHOT_FILE);
        await rm(file);
        await mkdir(file);
        const result = await run('{ stats { entityCount } }', {}, broken.store);
        expect(codesOf(result)).toEqual(['INTERNAL_SERVER_ERROR']);
        expect(result.errors?.[0]?.message).toBe('Internal server error');
        expect(JSON.stringify(result.errors)).not.toContain(broken.dataDir);
        expect(JSON.stringify(result.errors)).not.toContain('stacktrace');
        // The server's log keeps what the client does not see.
        const logged = logs.lines.filter((line) => line.level === LEVEL.error);
        expect(logged.map((line) => (line.err as { code?: string } | undefined)?.code)).toContain('EISDIR');
      } finally {
        await broken.dispose();
      }
    });

    it('carry the request id, which the server’s log line of the error carries too', async () => {
      const broken = await openSeededEmbeddedStore();
      try {
        await writeFile(path.join(broken.dataDir, SNAPSHOT_FILE), '{ not json');
        const scope = createRequestScope({ logger: logs.logger, requestId: 'request-under-test-1' });
        const result = await runInRequestScope(scope, () => run('{ documents { id } }', {}, broken.store));
        expect(result.errors?.[0]?.extensions).toEqual({
          code: 'INTERNAL_SERVER_ERROR',
          requestId: 'request-under-test-1',
        });
        const logged = logs.lines.filter((line) => line.requestId === 'request-under-test-1');
        expect(logged.map((line) => line.level)).toContain(LEVEL.error);
      } finally {
        await broken.dispose();
      }
    });

    it('mask a damaged-data error too, which names a file on the server', async () => {
      const broken = await openSeededEmbeddedStore();
      try {
        await writeFile(path.join(broken.dataDir, SNAPSHOT_FILE), '{ not json');
        const result = await run('{ documents { id } }', {}, broken.store);
        expect(codesOf(result)).toEqual(['INTERNAL_SERVER_ERROR']);
        expect(JSON.stringify(result.errors)).not.toContain(broken.dataDir);
      } finally {
        await broken.dispose();
      }
    });

    it('leave a store reopened on the same directory usable once the damage is repaired', async () => {
      const repaired = await openSeededEmbeddedStore();
      try {
        const store = await EmbeddedGraphStore.open(repaired.dataDir);
        const result = await run('{ stats { entityCount } }', {}, store);
        expect(result.errors).toBeUndefined();
        await store.close();
      } finally {
        await repaired.dispose();
      }
    });
  });
});
