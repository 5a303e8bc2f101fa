import { z } from 'zod';
import type { CountArgument } from '../graph/arguments';
import { ARGUMENTS, argumentMessages } from '../graph/arguments';
import { InvalidArgumentError } from '../graph/errors';
import { EXPORT_FORMATS } from '../graph/export/types';
import { isEntityType, isRelationType } from '../graph/identifiers';

/**
 * Checks on GraphQL arguments beyond what the schema's types can say: ranges, list sizes and the type-name
 * allowlist. The bounds, defaults and words are the arguments' one definition (graph/arguments.ts), the
 * patterns graph/identifiers.ts's; the store port checks again for its other callers, but a refusal here
 * names the GraphQL argument the caller actually wrote (`neighborhood(depth:)`, not
 * `GraphStore.neighborhood: depth`). The SDL's defaults are the same definitions' (schema/schema.test.ts).
 *
 * GraphQL lets a caller pass an explicit null for an argument that has a default, which skips the
 * default; null is therefore read as "not given" and the store applies the same default.
 */

function count(where: string, argument: CountArgument) {
  const outOfRange = (issue: { input?: unknown }) =>
    argumentMessages.outOfRange(where, issue.input, argument);
  return z
    .int({ error: outOfRange })
    .min(argument.min, { error: outOfRange })
    .max(argument.max, { error: outOfRange })
    .nullish()
    .transform((v) => v ?? undefined);
}

function typeNames(where: string, kind: 'entity' | 'relation') {
  const [isAllowed, rule] =
    kind === 'entity'
      ? [isEntityType, 'a PascalCase name (letters and digits, starting with a capital)']
      : [isRelationType, 'UPPER_SNAKE_CASE (capitals, digits and single underscores, at most 64)'];
  return z
    .array(
      z.string().refine(isAllowed, {
        error: (issue) => `${where}: ${kind} type ${JSON.stringify(issue.input)} is not ${rule}.`,
      }),
    )
    .nullish()
    .transform((v) => v ?? undefined);
}

function idList(where: string) {
  return z
    .array(z.string())
    .min(ARGUMENTS.ids.min, argumentMessages.noIds(where))
    .max(ARGUMENTS.ids.max, {
      error: (issue) =>
        argumentMessages.tooManyIds(where, Array.isArray(issue.input) ? issue.input.length : Number.NaN),
    });
}

export const searchArgs = z.object({
  query: z
    .string()
    .trim()
    .min(ARGUMENTS.searchQueryLength.min, argumentMessages.emptyQuery('search(query:)'))
    .max(ARGUMENTS.searchQueryLength.max, {
      error: (issue) =>
        argumentMessages.queryTooLong(
          'search(query:)',
          typeof issue.input === 'string' ? issue.input.length : Number.NaN,
        ),
    }),
  types: typeNames('search(types:)', 'entity'),
  first: count('search(first:)', ARGUMENTS.searchFirst),
});

export const neighborhoodArgs = z.object({
  ids: idList('neighborhood(ids:)'),
  depth: count('neighborhood(depth:)', ARGUMENTS.neighborhoodDepth),
  relationTypes: typeNames('neighborhood(relationTypes:)', 'relation'),
  entityTypes: typeNames('neighborhood(entityTypes:)', 'entity'),
  limit: count('neighborhood(limit:)', ARGUMENTS.neighborhoodLimit),
});

export const shortestPathArgs = z.object({
  from: z.string(),
  to: z.string(),
  maxDepth: count('shortestPath(maxDepth:)', ARGUMENTS.pathDepth),
  relationTypes: typeNames('shortestPath(relationTypes:)', 'relation'),
  entityTypes: typeNames('shortestPath(entityTypes:)', 'entity'),
});

export const subgraphArgs = z.object({
  ids: idList('subgraph(ids:)'),
  skipMissing: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
});

export const overviewArgs = z.object({ limit: count('overview(limit:)', ARGUMENTS.overviewLimit) });

export const relationsArgs = z.object({
  types: typeNames('Entity.relations(types:)', 'relation'),
  direction: z
    .enum(['OUT', 'IN', 'BOTH'])
    .nullish()
    .transform((v) => v ?? undefined),
  first: count('Entity.relations(first:)', ARGUMENTS.relationsFirst),
});

export const idArg = z.object({ id: z.string() });

/** Depth 0 is the induced subgraph of `ids`; above it the neighbourhood's own range applies. */
export const exportSubgraphArgs = z.object({
  ids: idList('exportSubgraph(ids:)'),
  depth: count('exportSubgraph(depth:)', ARGUMENTS.exportDepth),
  relationTypes: typeNames('exportSubgraph(relationTypes:)', 'relation'),
  format: z.enum(EXPORT_FORMATS),
});

/** What a resolver receives for the arguments `schema` checks (nullable ones may be null or absent). */
export type ArgumentsOf<S extends z.ZodType> = z.input<S>;

/**
 * Checks `args` against `schema`; the first problem becomes an InvalidArgumentError (BAD_USER_INPUT) whose
 * message names the argument and the allowed range.
 */
export function parseArguments<S extends z.ZodType>(schema: S, args: z.input<S>): z.output<S> {
  const parsed = schema.safeParse(args);
  if (!parsed.success) {
    throw new InvalidArgumentError(parsed.error.issues[0]?.message ?? 'The arguments are invalid.');
  }
  return parsed.data;
}
