import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_QUERY } from '@/app/lib/queries';
import { EmbeddedGraphStore } from '@/graph/embedded/embedded-store';
import type { GraphStore } from '@/graph/store';
import { resolveApiConfig } from '@/schema/api-config';
import { countCalls } from '@/schema/testing/counting-store';
import { captureLogs } from '@/schema/testing/log-capture';
import type { SeededEmbeddedStore } from '@/schema/testing/seeded-store';
import { openSeededEmbeddedStore } from '@/schema/testing/seeded-store';
import { AnswerCache } from './answer-cache';
import { createGraphQLHandler } from './graphql-handler';
import { resolveHttpConfig } from './http/config';

/**
 * The answer cache of /api/graphql over a real embedded store loaded with the seed: a repeated read is
 * answered without the store, and a write (by this process or another one on the same folder) is seen by
 * the very next read.
 */

let seeded: SeededEmbeddedStore;
let id: string;

beforeAll(async () => {
  seeded = await openSeededEmbeddedStore();
  id = seeded.batch.entities[0]?.id ?? 'missing';
});
afterAll(async () => {
  await seeded.dispose();
});

function handlerOver(store: GraphStore, env: Record<string, string> = {}) {
  return createGraphQLHandler({
    getStore: async () => store,
    api: resolveApiConfig(env),
    http: resolveHttpConfig(env),
    logger: captureLogs().logger,
  });
}

const details = (entityId: string) =>
  new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: ENTITY_QUERY, variables: { id: entityId } }),
  });

interface Body {
  data?: { entity: { description: string | null } | null };
  errors?: unknown[];
}

describe('the answer cache', () => {
  it('answers a repeated read without asking the store, with the same answer', async () => {
    const counting = countCalls(seeded.store);
    const handler = handlerOver(counting.store);
    const first = await handler(details(id));
    const calls = counting.calls('getEntity').length;
    const second = await handler(details(id));
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(await first.text());
    expect(counting.calls('getEntity').length).toBe(calls);
    expect(calls).toBeGreaterThan(0);
  });

  it('gives the new answer after a write between two identical reads, by this process', async () => {
    const handler = handlerOver(seeded.store);
    await handler(details(id));
    const entity = seeded.batch.entities[0];
    if (entity === undefined) throw new Error('the seed has no entity');
    await seeded.store.upsert({
      documents: [],
      entities: [{ ...entity, description: 'written by this process' }],
      relations: [],
    });
    const after = (await (await handler(details(id))).json()) as Body;
    expect(after.data?.entity?.description).toBe('written by this process');
  });

  it('gives the new answer after a write by another process on the same folder', async () => {
    const handler = handlerOver(seeded.store);
    const before = (await (await handler(details(id))).json()) as Body;
    const other = await EmbeddedGraphStore.open(seeded.dataDir);
    const entity = seeded.batch.entities[0];
    if (entity === undefined) throw new Error('the seed has no entity');
    try {
      await other.upsert({
        documents: [],
        entities: [{ ...entity, description: 'written by another process' }],
        relations: [],
      });
    } finally {
      await other.close();
    }
    const after = (await (await handler(details(id))).json()) as Body;
    expect(before.data?.entity?.description).not.toBe('written by another process');
    expect(after.data?.entity?.description).toBe('written by another process');
  });

  it('never keeps an answer with an error', async () => {
    const counting = countCalls(seeded.store);
    const handler = handlerOver(counting.store);
    const request = () =>
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ neighborhood(ids: ["no-such-entity"]) { truncated } }' }),
      });
    const first = (await (await handler(request())).json()) as Body;
    await handler(request());
    expect(first.errors).toHaveLength(1);
    expect(counting.calls('neighborhood')).toHaveLength(2);
  });

  it('is off at NEWSGRAPH_GRAPHQL_ANSWER_CACHE_MB=0: every read asks the store', async () => {
    const counting = countCalls(seeded.store);
    const handler = handlerOver(counting.store, { NEWSGRAPH_GRAPHQL_ANSWER_CACHE_MB: '0' });
    await handler(details(id));
    await handler(details(id));
    expect(counting.calls('getEntity')).toHaveLength(2);
    expect(counting.calls('dataVersion')).toHaveLength(0);
  });

  it('is never used on a store that names no version (Neo4j)', async () => {
    const counting = countCalls(seeded.store);
    const unversioned = new Proxy(counting.store, {
      get: (target, property) =>
        property === 'dataVersion' ? async () => null : Reflect.get(target, property, target),
    });
    const handler = handlerOver(unversioned);
    await handler(details(id));
    await handler(details(id));
    expect(counting.calls('getEntity')).toHaveLength(2);
  });
});

describe('AnswerCache', () => {
  const answer = (body: string) => ({ body, headers: [], operationName: null });

  it('keeps at most its budget of characters, dropping the least recently used first', () => {
    const cache = new AnswerCache(30);
    cache.set('v1', 'a', answer('x'.repeat(10)));
    cache.set('v1', 'b', answer('y'.repeat(10)));
    expect(cache.get('v1', 'a')?.body).toBe('x'.repeat(10));
    cache.set('v1', 'c', answer('z'.repeat(10)));
    expect(cache.size).toBe(2);
    expect(cache.get('v1', 'b')).toBeUndefined();
    expect(cache.get('v1', 'a')).toBeDefined();
  });

  it('keys answers by version: another version is a miss', () => {
    const cache = new AnswerCache(1000);
    cache.set('v1', 'a', answer('old'));
    expect(cache.get('v2', 'a')).toBeUndefined();
  });

  it('keeps nothing bigger than its whole budget', () => {
    const cache = new AnswerCache(5);
    cache.set('v1', 'a', answer('too long for it'));
    expect(cache.size).toBe(0);
  });
});
