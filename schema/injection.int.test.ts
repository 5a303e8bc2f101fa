import type { GraphQLArgument, GraphQLField, GraphQLInputType } from 'graphql';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphBatch } from '../graph/model';
import { createApolloServer, typeDefs } from './server';
import { codesOf, execute } from './testing/execute';
import { captureLogs } from './testing/log-capture';
import type { SeededStore } from './testing/seeded-store';
import { openSeededStore } from './testing/seeded-store';

/**
 * Injection strings in every argument of every field that takes arguments, through the real Apollo server
 * over the real embedded store loaded with the seed. Each operation is either refused as bad input or
 * answered with the string treated as plain data (an id that names nothing, a search that finds nothing),
 * never an internal error; and the store holds exactly what it held before.
 *
 * The fields and arguments are read from schema.graphql, so an argument added later is covered without
 * touching this file. Values go in as variables (how clients send them) and, for string arguments, also
 * as literals written into the query text, where GraphQL's own escapes (`\u0060` is a backtick) apply.
 */

/** What an attacker would try against Cypher, SQL, JavaScript or a log viewer. */
const INJECTIONS = [
  '`',
  '`})',
  '})',
  '//',
  '\\u0060',
  '\u0060) MATCH (n) DETACH DELETE n //',
  "' OR 1=1 --",
  '" OR ""="',
  'MATCH (n) DETACH DELETE n',
  'SAID`]->() DETACH DELETE n //',
  '}) RETURN 1 UNION MATCH (n) DETACH DELETE n //',
  '$ids',
  '<script>alert(1)</script>',
  '\u0000',
];

/** Strings written as GraphQL literals with escapes the parser decodes (to a backtick, a quote). */
const ESCAPED_LITERALS = ['"\\u0060}) MATCH (n) DETACH DELETE n //"', '"\\u0027 OR 1=1 --"'];

const ACCEPTED_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND']);

const { logger } = captureLogs();
const server = createApolloServer({ logger });
const schema = buildSchema(typeDefs);
let seeded: SeededStore;
let before: GraphBatch;
let seedId: string;
let otherId: string;

beforeAll(async () => {
  seeded = await openSeededStore();
  before = await seeded.store.readAll();
  seedId = seeded.batch.entities[0]?.id ?? 'missing';
  otherId = seeded.batch.entities[1]?.id ?? 'missing';
});
afterAll(async () => {
  await seeded.dispose();
});

/** A field with arguments and the way to reach it from Query. */
interface Target {
  name: string;
  field: GraphQLField<unknown, unknown>;
  /** Wraps the field's selection into a whole operation. */
  wrap: (selection: string) => string;
}

/** How to reach each object type that has fields with arguments. A type missing here fails the test. */
const ROUTES: Record<string, (selection: string) => string> = {
  Query: (selection) => selection,
  Entity: (selection) => `entity(id: ${JSON.stringify('SEED')}) { ${selection} }`,
};

function targets(): Target[] {
  const found: Target[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const route = ROUTES[type.name];
      if (route === undefined) throw new Error(`No route to ${type.name}.${field.name}: add one to ROUTES.`);
      found.push({ name: `${type.name}.${field.name}`, field, wrap: route });
    }
  }
  return found;
}

/** A valid value for an argument that is not under test but must be given (a required one). */
function validValue(arg: GraphQLArgument): unknown {
  const named = getNamedType(arg.type);
  if (isEnumType(named)) return named.getValues()[0]?.name;
  if (arg.name === 'query') return 'bukele';
  if (arg.name === 'to') return otherId;
  return isListType(getNullableType(arg.type)) ? [seedId] : seedId;
}

/** The injection string shaped for the argument's type: a list of it for a list. */
function shaped(type: GraphQLInputType, value: string): unknown {
  return isListType(getNullableType(type)) ? [value] : value;
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isObjectType(named) ? `{ __typename }` : '';
}

/** One operation: `under` gets `$v` (or a literal), the other required arguments valid values. */
function operation(target: Target, under: GraphQLArgument, literal?: string) {
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const args: string[] = [];
  for (const arg of target.field.args) {
    if (arg === under) {
      if (literal === undefined) {
        declarations.push(`$v: ${String(arg.type)}`);
        args.push(`${arg.name}: $v`);
      } else {
        args.push(`${arg.name}: ${isListType(getNullableType(arg.type)) ? `[${literal}]` : literal}`);
      }
    } else if (isNonNullType(arg.type)) {
      const name = `a_${arg.name}`;
      declarations.push(`$${name}: ${String(arg.type)}`);
      args.push(`${arg.name}: $${name}`);
      variables[name] = validValue(arg);
    }
  }
  const field = `${target.field.name}(${args.join(', ')}) ${selectionFor(target.field)}`;
  const body = target.wrap(field).replace('"SEED"', JSON.stringify(seedId));
  const query = `query Probe${declarations.length > 0 ? `(${declarations.join(', ')})` : ''} { ${body} }`;
  return { query, variables };
}

function isStringLike(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return isScalarType(named) && (named.name === 'String' || named.name === 'ID');
}

const cases = targets().flatMap((target) =>
  target.field.args.flatMap((arg) => [
    ...INJECTIONS.map((value) => ({ target, arg, value, literal: undefined as string | undefined })),
    ...(isStringLike(arg.type)
      ? [...INJECTIONS.map((value) => JSON.stringify(value)), ...ESCAPED_LITERALS].map((literal) => ({
          target,
          arg,
          value: literal,
          literal: literal as string | undefined,
        }))
      : []),
  ]),
);

describe('injection strings in arguments', () => {
  it('reach every argument of every field that takes arguments', () => {
    const covered = new Set(cases.map((c) => `${c.target.name}(${c.arg.name})`));
    expect(covered).toContain('Query.search(query)');
    expect(covered).toContain('Query.neighborhood(relationTypes)');
    expect(covered).toContain('Entity.relations(types)');
    expect(covered.size).toBeGreaterThanOrEqual(20);
  });

  it.each(
    cases.map((c) => [
      `${c.target.name}(${c.arg.name}: ${c.literal ?? JSON.stringify(c.value)}) as a ${c.literal === undefined ? 'variable' : 'literal'}`,
      c,
    ]),
  )('are refused or taken as plain data: %s', async (_name, { target, arg, value, literal }) => {
    const { query, variables } = operation(target, arg, literal);
    if (literal === undefined) variables.v = shaped(arg.type, value);
    const result = await execute<Record<string, unknown>>(server, seeded.store, query, variables);
    const codes = codesOf(result);
    for (const code of codes) expect(ACCEPTED_CODES, `${query} → ${String(code)}`).toContain(code);
    if (codes.length === 0 && target.name === 'Query.search' && arg.name === 'query') {
      expect(result.data?.search).toEqual([]);
    }
  });

  it('leave the store exactly as it was', async () => {
    expect(await seeded.store.readAll()).toEqual(before);
  });
});
