import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE } from '../graph/contract/fixture';
import { createApolloServer } from './server';
import { codesOf, execute } from './testing/execute';
import type { SeededStore } from './testing/seeded-store';
import { openSeededStore } from './testing/seeded-store';

/**
 * shortestPath's type filters through the real server and a real embedded store, loaded with the
 * conformance suite's fixture (whose shape is drawn in graph/contract/fixture.ts), so the expected
 * paths can be named.
 */

interface PathView {
  nodes: { id: string; type: string }[];
  edges: { id: string }[];
}

const server = createApolloServer();
let seeded: SeededStore;

beforeAll(async () => {
  seeded = await openSeededStore(FIXTURE);
});
afterAll(async () => {
  await seeded.dispose();
});

const PATH_QUERY = `query($from: ID!, $to: ID!, $entityTypes: [String!], $relationTypes: [String!]) {
  shortestPath(from: $from, to: $to, entityTypes: $entityTypes, relationTypes: $relationTypes) {
    nodes { id type }
    edges { id }
  }
}`;

function shortestPath(variables: Record<string, unknown>) {
  return execute<{ shortestPath: PathView | null }>(server, seeded.store, PATH_QUERY, variables);
}

describe('GraphQL shortestPath(entityTypes:)', () => {
  it('walks only through entities of the types asked for, the ends whatever their type', async () => {
    const direct = await shortestPath({ from: 'sam-okafor', to: 'daily-ledger' });
    expect(direct.errors).toBeUndefined();
    expect(direct.data?.shortestPath?.nodes.map((n) => n.id)).toEqual([
      'sam-okafor',
      'tom-hale',
      'daily-ledger',
    ]);

    const result = await shortestPath({
      from: 'sam-okafor',
      to: 'daily-ledger',
      entityTypes: ['Organization'],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.shortestPath?.nodes.map((n) => n.id)).toEqual([
      'sam-okafor',
      'southharbor-radio',
      'coastline-media',
      'daily-ledger',
    ]);
    expect(result.data?.shortestPath?.edges.map((e) => e.id)).toEqual([
      'radio-reported-on-okafor',
      'coastline-owns-radio',
      'coastline-owns-ledger',
    ]);
  });

  it('answers null when no path runs through the allowed types', async () => {
    const result = await shortestPath({ from: 'ana-ruiz', to: 'sam-okafor', entityTypes: ['Person'] });
    expect(result.errors).toBeUndefined();
    expect(result.data?.shortestPath).toBeNull();
  });

  it('reads an explicit null as no filter', async () => {
    const result = await shortestPath({ from: 'ana-ruiz', to: 'sam-okafor', entityTypes: null });
    expect(result.data?.shortestPath?.nodes.map((n) => n.id)).toEqual([
      'ana-ruiz',
      'late-hour',
      'sam-okafor',
    ]);
  });

  it('refuses a type name that is not PascalCase, naming the argument', async () => {
    for (const bad of ['person', 'Person`}) RETURN 1 //', 'Per son']) {
      const result = await shortestPath({ from: 'ana-ruiz', to: 'sam-okafor', entityTypes: [bad] });
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.message).toContain('shortestPath(entityTypes:)');
      expect(result.data?.shortestPath ?? null).toBeNull();
    }
  });
});
