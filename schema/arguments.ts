import { z } from 'zod';
import { InvalidArgumentError } from '../graph/errors';
import { EXPORT_FORMATS } from '../graph/export/types';
import { isEntityType, isRelationType } from '../graph/identifiers';
import { LIMITS } from '../graph/limits';

/**
 * Checks on GraphQL arguments beyond what the schema's types can say: ranges, list sizes and the type-name
 * allowlist. The numbers and patterns are the stores' own (graph/limits.ts, graph/identifiers.ts); the
 * stores check again, but a refusal here names the GraphQL argument the caller actually wrote
 * (`neighborhood(depth:)`, not `GraphStore.neighborhood: depth`).
 *
 * GraphQL lets a caller pass an explicit null for an argument that has a default, which skips the
 * default; null is therefore read as "not given" and the store applies the same default.
 */

function count(where: string, min: number, max: number) {
  const outOfRange = (issue: { input?: unknown }) =>
    `${where}: ${String(issue.input)} is out of range; use a whole number from ${min} to ${max}.`;
  return z
    .int({ error: outOfRange })
    .min(min, { error: outOfRange })
    .max(max, { error: outOfRange })
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
    .min(1, `${where}: give at least one id.`)
    .max(LIMITS.maxIds, {
      error: (issue) =>
        `${where}: ${Array.isArray(issue.input) ? issue.input.length : '?'} ids is over the limit of ${LIMITS.maxIds}.`,
    });
}

export const searchArgs = z.object({
  query: z
    .string()
    .trim()
    .min(1, 'search(query:): the query is empty.')
    .max(
      LIMITS.maxSearchQueryLength,
      `search(query:): the limit is ${LIMITS.maxSearchQueryLength} characters.`,
    ),
  types: typeNames('search(types:)', 'entity'),
  first: count('search(first:)', 1, LIMITS.maxSearchLimit),
});

export const neighborhoodArgs = z.object({
  ids: idList('neighborhood(ids:)'),
  depth: count('neighborhood(depth:)', 1, LIMITS.maxNeighborhoodDepth),
  relationTypes: typeNames('neighborhood(relationTypes:)', 'relation'),
  entityTypes: typeNames('neighborhood(entityTypes:)', 'entity'),
  limit: count('neighborhood(limit:)', 1, LIMITS.maxNeighborhoodLimit),
});

export const shortestPathArgs = z.object({
  from: z.string(),
  to: z.string(),
  maxDepth: count('shortestPath(maxDepth:)', 1, LIMITS.maxPathDepth),
  relationTypes: typeNames('shortestPath(relationTypes:)', 'relation'),
  entityTypes: typeNames('shortestPath(entityTypes:)', 'entity'),
});

export const subgraphArgs = z.object({ ids: idList('subgraph(ids:)') });

export const overviewArgs = z.object({ limit: count('overview(limit:)', 1, LIMITS.maxOverviewLimit) });

export const relationsArgs = z.object({
  types: typeNames('Entity.relations(types:)', 'relation'),
  direction: z
    .enum(['OUT', 'IN', 'BOTH'])
    .nullish()
    .transform((v) => v ?? undefined),
  first: count('Entity.relations(first:)', 1, LIMITS.maxRelationsLimit),
});

export const idArg = z.object({ id: z.string() });

/** Depth 0 is the induced subgraph of `ids`; above it the neighbourhood's own range applies. */
export const exportSubgraphArgs = z.object({
  ids: idList('exportSubgraph(ids:)'),
  depth: count('exportSubgraph(depth:)', 0, LIMITS.maxNeighborhoodDepth),
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
