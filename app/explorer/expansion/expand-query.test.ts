import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveApiConfig } from '@/schema/api-config';
import { createApolloServer } from '@/schema/server';
import { execute } from '@/schema/testing/execute';
import { captureLogs } from '@/schema/testing/log-capture';
import { openSeededStore } from '@/schema/testing/seeded-store';
import type { SeededStore } from '@/schema/testing/seeded-store';
import { EXPANSION_RELATIONS_FETCHED, neighboursOf } from './expansion';
import { EXPAND_QUERY } from '@/app/lib/queries';
import type { ExpandResult } from '@/app/lib/queries';

// The explorer's one-request expansion, through the real server with its default limits (GraphQL Armor's
// cost and depth) over the seeded embedded store.
const { logger } = captureLogs();
const server = createApolloServer({ config: resolveApiConfig({}), logger });
let seeded: SeededStore;

beforeAll(async () => {
  seeded = await openSeededStore();
});
afterAll(async () => {
  await seeded.dispose();
});

describe('EXPAND_QUERY', () => {
  it('passes the API limits and returns at most `limit` entities plus every neighbour to offer', async () => {
    const result = await execute<ExpandResult>(server, seeded.store, EXPAND_QUERY, {
      id: 'nayib-bukele',
      limit: 3,
      first: EXPANSION_RELATIONS_FETCHED,
    });
    expect(result.errors).toBeUndefined();
    const data = result.data;
    if (data === null || data === undefined || data.entity === null) throw new Error('no data');
    expect(data.neighborhood.nodes.length).toBeLessThanOrEqual(3);
    expect(data.neighborhood.truncated).toBe(true);
    const neighbours = neighboursOf('nayib-bukele', data.entity.relations);
    expect(neighbours.length).toBeGreaterThan(2);
    expect(neighbours.every((n) => typeof n.entity.degree === 'number')).toBe(true);
  });
});
