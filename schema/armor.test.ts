import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../graph/store';
import { resolveApiConfig } from './api-config';
import { createApolloServer } from './server';
import { countCalls } from './testing/counting-store';
import { codesOf, execute } from './testing/execute';
import { captureLogs } from './testing/log-capture';
import type { SeededStore } from './testing/seeded-store';
import { openSeededStore } from './testing/seeded-store';

/**
 * The limits on an operation's shape (schema/armor.ts and the parser's token limit), with the defaults
 * of schema/api-config.ts: an operation over a limit is refused with a code and is not executed.
 */

const { logger } = captureLogs();
const server = createApolloServer({ config: resolveApiConfig({}), logger });
let seeded: SeededStore;

beforeAll(async () => {
  seeded = await openSeededStore();
});
afterAll(async () => {
  await seeded.dispose();
});

const STORE_METHODS: (keyof GraphStore)[] = [
  'search',
  'getEntities',
  'neighborhood',
  'shortestPath',
  'subgraph',
  'overview',
  'stats',
  'relationsOf',
  'documents',
];

function repeat(times: number, make: (i: number) => string): string {
  return Array.from({ length: times }, (_, i) => make(i)).join(' ');
}

/** Nested `relations { source { … } }` pairs under a search: depth 1 + 2 × pairs + 1. */
function nested(pairs: number): string {
  let selection = 'id';
  for (let i = 0; i < pairs; i += 1) selection = `relations { source { ${selection} } }`;
  return `{ search(query: "a") { ${selection} } }`;
}

describe('the limits on an operation', () => {
  it.each([
    ['a selection 8 levels deep (limit 6)', nested(3), 'GRAPHQL_VALIDATION_FAILED'],
    [
      '16 aliases (limit 15)',
      `{ ${repeat(16, (i) => `a${i}: stats { entityCount }`)} }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      '51 directives (limit 50)',
      `{ stats { ${repeat(51, () => 'entityCount @include(if: true)')} } }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'an estimated cost over 10,000',
      '{ search(query: "a", first: 100) { relations(first: 500) { id source { id } target { id } } } }',
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['over 1,000 tokens', `{ stats { ${repeat(1000, () => 'entityCount')} } }`, 'GRAPHQL_PARSE_FAILED'],
  ])('refuse %s with %s, without asking the store', async (_name, query, code) => {
    const counting = countCalls(seeded.store);
    const result = await execute(server, counting.store, query);
    expect(codesOf(result)).toEqual([code]);
    expect(result.data).toBeUndefined();
    for (const method of STORE_METHODS) expect(counting.calls(method), method).toHaveLength(0);
  });

  it('say what was wrong without calling it a syntax error', async () => {
    const result = await execute(server, seeded.store, nested(3));
    expect(result.errors?.[0]?.message).not.toMatch(/^Syntax Error/);
  });

  it.each([
    ['a selection 6 levels deep', nested(2)],
    ['15 aliases', `{ ${repeat(15, (i) => `a${i}: stats { entityCount }`)} }`],
    ['50 directives', `{ stats { ${repeat(50, () => 'entityCount @include(if: true)')} } }`],
  ])('let %s through', async (_name, query) => {
    const result = await execute(server, seeded.store, query);
    expect(result.errors).toBeUndefined();
  });

  it('let the full standard introspection query through (its own depth and cost are not counted)', async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const result = await execute<{ __schema: { queryType: { name: string } } }>(server, seeded.store, query);
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.queryType.name).toBe('Query');
  });

  it('follow the configuration', async () => {
    const strict = createApolloServer({
      config: resolveApiConfig({ NEWSGRAPH_GRAPHQL_MAX_DEPTH: '2' }),
      logger,
    });
    const result = await execute(strict, seeded.store, '{ search(query: "a") { relations { id } } }');
    expect(codesOf(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('introspection', () => {
  it('is answered by default', async () => {
    const result = await execute(server, seeded.store, '{ __schema { queryType { name } } }');
    expect(result.errors).toBeUndefined();
  });

  it('is refused with NEWSGRAPH_GRAPHQL_INTROSPECTION=false, while __typename still works', async () => {
    const closed = createApolloServer({
      config: resolveApiConfig({ NEWSGRAPH_GRAPHQL_INTROSPECTION: 'false' }),
      logger,
    });
    const refused = await execute(closed, seeded.store, '{ __schema { queryType { name } } }');
    expect(codesOf(refused)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const typename = await execute(closed, seeded.store, '{ __typename }');
    expect(typename.errors).toBeUndefined();
  });
});

describe('field suggestions', () => {
  const misspelt = '{ stats { entityCont } }';

  it('are given outside production, to help whoever writes a query', async () => {
    const result = await execute(server, seeded.store, misspelt);
    expect(result.errors?.[0]?.message).toMatch(/Did you mean/);
  });

  it('are hidden in production, where they would map the schema for an attacker', async () => {
    const production = createApolloServer({ config: resolveApiConfig({ NODE_ENV: 'production' }), logger });
    const result = await execute(production, seeded.store, misspelt);
    expect(codesOf(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.errors?.[0]?.message).not.toMatch(/Did you mean|entityCount/);
  });
});
