import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { CountArgument } from '../graph/arguments';
import { ARGUMENTS } from '../graph/arguments';
import { typeDefs } from './server';

/**
 * The SDL (schema/schema.graphql) writes its defaults and documented ranges as literals, because GraphQL
 * tools read the file as it is; these tests prove each literal is the argument's one definition
 * (graph/arguments.ts), so changing a bound or a default there without the SDL fails here.
 */
const SDL_ARGUMENTS: readonly (readonly [string, string, string, CountArgument])[] = [
  ['Query', 'search', 'first', ARGUMENTS.searchFirst],
  ['Query', 'sentences', 'first', ARGUMENTS.sentencesFirst],
  ['Query', 'neighborhood', 'depth', ARGUMENTS.neighborhoodDepth],
  ['Query', 'neighborhood', 'limit', ARGUMENTS.neighborhoodLimit],
  ['Query', 'neighborhood', 'ids', ARGUMENTS.ids],
  ['Query', 'shortestPath', 'maxDepth', ARGUMENTS.pathDepth],
  ['Query', 'subgraph', 'ids', ARGUMENTS.ids],
  ['Query', 'documents', 'ids', ARGUMENTS.ids],
  ['Query', 'overview', 'limit', ARGUMENTS.overviewLimit],
  ['Query', 'exportSubgraph', 'depth', ARGUMENTS.exportDepth],
  ['Entity', 'relations', 'first', ARGUMENTS.relationsFirst],
];

const schema = buildSchema(typeDefs);

function argumentOf(typeName: string, fieldName: string, argName: string) {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  const arg = type.getFields()[fieldName]?.args.find((a) => a.name === argName);
  if (arg === undefined) throw new Error(`${typeName}.${fieldName}(${argName}:) is not in the SDL`);
  return arg;
}

describe('the SDL’s arguments', () => {
  it.each(SDL_ARGUMENTS)(
    '%s.%s(%s:) has the default of graph/arguments.ts',
    (type, field, name, definition) => {
      expect(argumentOf(type, field, name).defaultValue).toBe(definition.default);
    },
  );

  it.each(SDL_ARGUMENTS)(
    '%s.%s(%s:) documents the range of graph/arguments.ts',
    (type, field, name, definition) => {
      // The range may be in the argument's own description or, for ids, in the field's.
      const arg = argumentOf(type, field, name);
      const ranges = [...(arg.description ?? '').matchAll(/(\d+)\.\.(\d+)/g)].map(([, lo, hi]) => [
        Number(lo),
        Number(hi),
      ]);
      expect(ranges).toContainEqual([definition.min, definition.max]);
    },
  );
});
