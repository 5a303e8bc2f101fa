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
  'documentLinks',
];

function repeat(times: number, make: (i: number) => string): string {
  return Array.from({ length: times }, (_, i) => make(i)).join(' ');
}

/**
 * Nested `relations { source { … } }` pairs under a search: depth 1 + 2 × pairs + 1. Every list asks for
 * one item, so only the depth is large (an omitted `first` counts as its default in the cost).
 */
function nested(pairs: number): string {
  let selection = 'id';
  for (let i = 0; i < pairs; i += 1) selection = `relations(first: 1) { source { ${selection} } }`;
  return `{ search(query: "a", first: 1) { ${selection} } }`;
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

describe('the cost estimate', () => {
  /** 100 search results × 500 relations each, with both ends: far over the limit however it is written. */
  const literal =
    '{ search(query: "a", first: 100) { relations(first: 500) { id source { id } target { id } } } }';
  const withVariables =
    'query($m: Int, $n: Int) { search(query: "a", first: $m) { relations(first: $n) { id source { id } target { id } } } }';

  async function refusal(query: string, variables: Record<string, unknown> = {}) {
    const counting = countCalls(seeded.store);
    const result = await execute(server, counting.store, query, variables);
    for (const method of STORE_METHODS) expect(counting.calls(method), method).toHaveLength(0);
    expect(codesOf(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    return result.errors?.[0]?.message ?? '';
  }

  it('counts list sizes passed as variables exactly as the same sizes written in the query', async () => {
    const written = await refusal(literal);
    expect(written).toMatch(/^Query Cost limit of 25000 exceeded, found \d+/);
    expect(await refusal(withVariables, { m: 100, n: 500 })).toBe(written);
  });

  it('counts a variable left out as the variable’s default', async () => {
    const defaulted = withVariables.replace('$m: Int, $n: Int', '$m: Int = 100, $n: Int = 500');
    expect(await refusal(defaulted)).toBe(await refusal(literal));
  });

  it('counts a list size left out as the field’s default in the schema (search 10, relations 50)', async () => {
    const twice = (sizes: string) =>
      `{ search(query: "a"${sizes}) { relations${sizes === '' ? '' : '(first: 50)'} { source { relations${sizes === '' ? '' : '(first: 50)'} { id source { id } target { id } } } } } }`;
    expect(await refusal(twice(''))).toBe(await refusal(twice(', first: 10')));
  });

  it('still refuses an absurd size that the variable’s own check would refuse later', async () => {
    await refusal(withVariables, { m: 1, n: 2 ** 40 });
  });

  it('lets the same operation through when the variables ask for little', async () => {
    const result = await execute(server, seeded.store, withVariables, { m: 2, n: 3 });
    expect(result.errors).toBeUndefined();
  });

  it('scores each request of one document with its own sizes (the verdicts kept per sizes)', async () => {
    // One server, one query text: Apollo hands every request the same parsed document, so a verdict
    // kept for the document alone would let the large request through after the small one, or refuse
    // the small one after the large.
    const small = async () => (await execute(server, seeded.store, withVariables, { m: 2, n: 3 })).errors;
    expect(await small()).toBeUndefined();
    await refusal(withVariables, { m: 100, n: 500 });
    expect(await small()).toBeUndefined();
    await refusal(withVariables, { m: 100, n: 500 });
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
