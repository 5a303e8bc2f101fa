import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphQLError } from 'graphql';
import { buildSchema, parse, validate } from 'graphql';
import { ROOT } from '../harness/paths';

/** The API's schema, from its source of truth, for tests that check the requests the benchmarks send. */
export const schema = buildSchema(readFileSync(path.join(ROOT, 'schema', 'schema.graphql'), 'utf8'));

/** The schema's own validation errors for a document (a syntax error counts as one). */
export function validationErrors(query: string): readonly GraphQLError[] {
  try {
    return validate(schema, parse(query));
  } catch (error) {
    return [error as GraphQLError];
  }
}
