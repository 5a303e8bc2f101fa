import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../graph/limits';
import { createContext } from './context';
import { createApolloServer } from './server';
import { countCalls } from './testing/counting-store';
import { execute } from './testing/execute';
import { hubBatch } from './testing/hub-batch';
import type { SeededStore } from './testing/seeded-store';
import { openSeededStore } from './testing/seeded-store';

/**
 * No N+1: the entities at the ends of many relations, and the documents of many pieces of evidence, are
 * fetched with one store call each per request. Calls are counted on a wrapper that forwards to the real
 * embedded store.
 */

const SPOKES = 24;
const server = createApolloServer();
let seeded: SeededStore;

beforeAll(async () => {
  seeded = await openSeededStore(hubBatch(SPOKES));
});
afterAll(async () => {
  await seeded.dispose();
});

describe('GraphQL API', () => {
  describe('batching', () => {
    it('fetches the sources of 24 relations with one getEntities call', async () => {
      const counting = countCalls(seeded.store);
      const result = await execute<{ entity: { relations: { source: { id: string; name: string } }[] } }>(
        server,
        counting.store,
        '{ entity(id: "wire-agency") { relations(first: 50) { source { id name } } } }',
      );
      expect(result.errors).toBeUndefined();
      const sources = result.data?.entity.relations.map((r) => r.source.id) ?? [];
      expect(sources).toHaveLength(SPOKES);
      expect(new Set(sources).size).toBe(SPOKES);
      const calls = counting.calls('getEntities');
      expect(calls).toHaveLength(1);
      expect(calls[0]?.[0]).toHaveLength(SPOKES);
    });

    it('fetches the document of every piece of evidence with one documents call', async () => {
      const counting = countCalls(seeded.store);
      const result = await execute<{ entity: { evidence: { document: { id: string } }[] } }>(
        server,
        counting.store,
        '{ entity(id: "wire-agency") { evidence { document { id } } } }',
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.entity.evidence).toHaveLength(SPOKES);
      expect(counting.calls('documents')).toEqual([[['wire-report']]]);
    });

    it('needs no entity look-up for edges whose ends came with the subgraph', async () => {
      const counting = countCalls(seeded.store);
      const result = await execute<{
        overview: { edges: { source: { id: string }; target: { id: string } }[] };
      }>(server, counting.store, '{ overview(limit: 100) { edges { source { id } target { id } } } }');
      expect(result.errors).toBeUndefined();
      expect(result.data?.overview.edges).toHaveLength(SPOKES);
      expect(counting.calls('overview')).toHaveLength(1);
      expect(counting.calls('getEntities')).toHaveLength(0);
    });

    it('splits a tick of more than LIMITS.maxIds look-ups into calls the store accepts', async () => {
      const counting = countCalls(seeded.store);
      const context = createContext(counting.store);
      const ids = Array.from({ length: LIMITS.maxIds + 1 }, (_, i) => `speaker-${i + 1}`);
      const found = await context.entities.loadMany(ids);
      expect(found.filter((e) => e !== null && !(e instanceof Error))).toHaveLength(SPOKES);
      expect(counting.calls('getEntities').map((call) => (call[0] as string[]).length)).toEqual([
        LIMITS.maxIds,
        1,
      ]);
    });

    it('does not share cached entities between requests', async () => {
      const counting = countCalls(seeded.store);
      const query = '{ entity(id: "wire-agency") { relations(first: 5) { source { id } } } }';
      await execute(server, counting.store, query);
      await execute(server, counting.store, query);
      expect(counting.calls('getEntities')).toHaveLength(2);
    });
  });
});
