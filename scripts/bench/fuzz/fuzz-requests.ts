import type { GraphQLSchema } from 'graphql';
import type { Random } from '../synthetic/random';
import type { KnownValues } from './random-operation';
import { randomOperation } from './random-operation';

/** One fuzzed HTTP request to /api/graphql. */
export interface FuzzRequest {
  /** How it was made, for the summary: "operation", "mutated text", or the name of a malformed shape. */
  kind: string;
  method: 'GET' | 'POST';
  /** Path and query string. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const ENDPOINT = '/api/graphql';

/** Characters and tokens that confuse a GraphQL lexer and parser when dropped into a query. */
const TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '@',
  '...',
  '"',
  '"""',
  '#',
  '\\',
  ',',
  '!',
  '=',
  '|',
  '&',
  '\u0000',
  '\ufeff',
  ' on ',
  'fragment',
  'query',
  'mutation',
  'subscription',
];

/**
 * The n-th request of a seeded fuzz run: 60% random operations sent as they were generated, 30% the same
 * with their text damaged (characters deleted, tokens inserted, pieces repeated or cut off), and 10%
 * malformed requests (broken JSON, wrong types for `query` or `variables`, batches, GETs, other content
 * types, deep nesting, many aliases, a body just over the size limit).
 */
export function fuzzRequest(schema: GraphQLSchema, known: KnownValues, random: Random): FuzzRequest {
  const roll = random.next();
  const operation = randomOperation(schema, known, random);
  if (roll < 0.6) return post('operation', { query: operation.query, variables: operation.variables });
  if (roll < 0.9)
    return post('mutated text', {
      query: mutateText(operation.query, random),
      variables: operation.variables,
    });
  return malformed(operation.query, known, random);
}

function post(kind: string, payload: unknown, headers: Record<string, string> = JSON_HEADERS): FuzzRequest {
  return {
    kind,
    method: 'POST',
    path: ENDPOINT,
    headers,
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  };
}

/** One to three random edits of a query's text. */
export function mutateText(text: string, random: Random): string {
  let result = text;
  for (let edits = 1 + random.int(3); edits > 0; edits--) {
    const at = random.int(result.length + 1);
    const span = 1 + random.int(Math.max(1, Math.floor(result.length / 4)));
    switch (random.int(6)) {
      case 0: // delete a span
        result = result.slice(0, at) + result.slice(at + span);
        break;
      case 1: // insert a token
        result = result.slice(0, at) + random.pick(TOKENS) + result.slice(at);
        break;
      case 2: // repeat a span
        result = result.slice(0, at + span) + result.slice(at, at + span) + result.slice(at);
        break;
      case 3: // cut the end off
        result = result.slice(0, at);
        break;
      case 4: // flip one character's case or code
        result =
          result.slice(0, at) +
          String.fromCharCode((result.charCodeAt(at) || 65) ^ 0x20) +
          result.slice(at + 1);
        break;
      default: // swap two halves
        result = result.slice(at) + result.slice(0, at);
    }
  }
  return result;
}

function malformed(query: string, known: KnownValues, random: Random): FuzzRequest {
  const id = random.pick(known.ids);
  const shapes: (() => FuzzRequest)[] = [
    () => post('broken JSON', `{"query": ${JSON.stringify(query).slice(0, -3)}`),
    () => post('empty body', ''),
    () => post('JSON null', 'null'),
    () => post('JSON number', '42'),
    () => post('query is a number', { query: 5 }),
    () => post('query is null', { query: null }),
    () => post('query missing', { variables: {} }),
    () => post('variables is a string', { query, variables: 'x' }),
    () => post('variables is an array', { query, variables: [1, 2] }),
    () => post('unknown operationName', { query, operationName: 'Nope' }),
    () => post('batch', [{ query }, { query: '{ stats { entityCount } }' }]),
    () => post('empty batch', []),
    () => post('extensions', { query, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
    () => post('mutation', { query: 'mutation { upsert }' }),
    () => post('subscription', { query: 'subscription { stats { entityCount } }' }),
    () => post('text/plain', { query }, { 'content-type': 'text/plain' }),
    () =>
      post('form content type', `query=${encodeURIComponent(query)}`, {
        'content-type': 'application/x-www-form-urlencoded',
      }),
    () => post('no content type', { query }, {}),
    () => post('JSON with charset', { query }, { 'content-type': 'application/json; charset=latin1' }),
    () => ({
      kind: 'GET',
      method: 'GET',
      path: `${ENDPOINT}?query=${encodeURIComponent(query)}`,
      headers: random.chance(0.5) ? { 'apollo-require-preflight': 'true' } : {},
    }),
    () => ({ kind: 'GET without query', method: 'GET', path: `${ENDPOINT}?variables=%7B`, headers: {} }),
    () =>
      post('deep nesting', {
        query: `{ entity(id: "${id}") { ${'relations { source { '.repeat(12)}id${' } }'.repeat(12)} } }`,
      }),
    () =>
      post('many aliases', {
        query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: stats { entityCount }`).join(' ')} }`,
      }),
    () => post('many directives', { query: `{ stats ${'@include(if: true) '.repeat(100)}{ entityCount } }` }),
    () => post('many tokens', { query: `{ ${'stats { entityCount } '.repeat(400)} }` }),
    () =>
      post('fragment cycle', {
        query: '{ entity(id: "x") { ...A } } fragment A on Entity { ...B } fragment B on Entity { ...A }',
      }),
    () => post('body over the limit', { query: `{ stats { entityCount } } #${'x'.repeat(110 * 1024)}` }),
    () => post('introspection', { query: '{ __schema { types { name fields { name args { name } } } } }' }),
  ];
  return random.pick(shapes)();
}
