import { InvalidArgumentError } from './errors';

/**
 * One definition per argument of the read API: its bounds, its default and the words of its refusal.
 * Everything that takes these arguments reads them from here:
 *
 * - the SDL's defaults (schema/schema.graphql; schema/schema.test.ts proves they are these);
 * - the GraphQL resolvers' checks (schema/arguments.ts), which name the GraphQL argument;
 * - the REST export route (app/server/export-response.ts), which names the query parameter;
 * - the store port (graph/store-arguments.ts), which protects the stores from every other caller;
 * - the explorer, through the flat view `LIMITS` (graph/limits.ts).
 *
 * Plain TypeScript without zod or Node modules: the explorer's bundle takes it.
 */

/** A whole number from `min` to `max`; `default` when not given (absent when the argument is required). */
export interface CountArgument {
  readonly min: number;
  readonly max: number;
  readonly default?: number;
}

export const ARGUMENTS = {
  /** search(first:) and GraphStore.search's limit. */
  searchFirst: { min: 1, max: 100, default: 10 },
  /** sentences(first:) and GraphStore.searchSentences's limit. */
  sentencesFirst: { min: 1, max: 100, default: 10 },
  /** The length of search(query:) and sentences(query:), after trimming. */
  searchQueryLength: { min: 1, max: 200 },
  /** neighborhood(depth:): past 3 hops a news graph is usually the whole graph. */
  neighborhoodDepth: { min: 1, max: 3, default: 1 },
  /** neighborhood(limit:): the node cap; `truncated` says when it cut. */
  neighborhoodLimit: { min: 1, max: 2000, default: 200 },
  /** shortestPath(maxDepth:), in hops. */
  pathDepth: { min: 1, max: 10, default: 6 },
  /** overview(limit:). */
  overviewLimit: { min: 1, max: 500, default: 40 },
  /** Entity.relations(first:) and GraphStore.relationsOf's limit. */
  relationsFirst: { min: 1, max: 500, default: 50 },
  /** exportSubgraph(depth:) and the export route's depth: 0 is the induced subgraph of the ids. */
  exportDepth: { min: 0, max: 3, default: 0 },
  /** How many ids one call may name (neighborhood seeds, subgraph, getEntities, an export). */
  ids: { min: 1, max: 1000 },
} as const satisfies Record<string, CountArgument>;

/** The refusals, worded once; `where` names the argument as the caller wrote it. */
export const argumentMessages = {
  outOfRange: (where: string, value: unknown, { min, max }: CountArgument) =>
    `${where}: ${String(value)} is out of range; use a whole number from ${min} to ${max}.`,
  noIds: (where: string) => `${where}: give at least one id.`,
  tooManyIds: (where: string, count: number) =>
    `${where}: ${count} ids is over the limit of ${ARGUMENTS.ids.max}.`,
  emptyQuery: (where: string) => `${where}: the query is empty.`,
  queryTooLong: (where: string, length: number) =>
    `${where}: the query is ${length} characters; the limit is ${ARGUMENTS.searchQueryLength.max}.`,
} as const;

/** The value of a count argument, its default filled in; InvalidArgumentError when out of its bounds. */
export function checkCount(argument: CountArgument, value: number | undefined, where: string): number {
  const v = value ?? argument.default;
  if (v === undefined || !Number.isInteger(v) || v < argument.min || v > argument.max) {
    throw new InvalidArgumentError(argumentMessages.outOfRange(where, v, argument));
  }
  return v;
}

/** The ids, deduplicated; InvalidArgumentError when there are none or too many. */
export function checkIds(ids: readonly string[], where: string): string[] {
  if (ids.length < ARGUMENTS.ids.min) throw new InvalidArgumentError(argumentMessages.noIds(where));
  if (ids.length > ARGUMENTS.ids.max) {
    throw new InvalidArgumentError(argumentMessages.tooManyIds(where, ids.length));
  }
  return [...new Set(ids)];
}

/** The search text, trimmed; InvalidArgumentError when empty or too long. */
export function checkSearchQuery(query: string, where: string): string {
  const q = query.trim();
  if (q.length < ARGUMENTS.searchQueryLength.min)
    throw new InvalidArgumentError(argumentMessages.emptyQuery(where));
  if (q.length > ARGUMENTS.searchQueryLength.max) {
    throw new InvalidArgumentError(argumentMessages.queryTooLong(where, q.length));
  }
  return q;
}
