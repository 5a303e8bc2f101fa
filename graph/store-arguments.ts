import { ARGUMENTS, checkCount, checkIds, checkSearchQuery } from './arguments';
import { InvalidArgumentError } from './errors';
import { assertEntityType, assertRelationType } from './identifiers';
import type { Direction } from './model';
import type {
  NeighborhoodOptions,
  PathOptions,
  RelationsOptions,
  SearchOptions,
  SentenceSearchOptions,
} from './store';

/**
 * The checks of the store port, shared by every adapter: they protect the stores from every caller (the
 * GraphQL API, the export library, the CLIs and scripts), so both stores refuse the same inputs with the
 * same words, and fill in the same defaults. The bounds, defaults and words are graph/arguments.ts's; an
 * edge that names its own arguments (GraphQL, REST) checks first with the same definitions, so its caller
 * reads the argument it wrote.
 */

function types(list: readonly string[] | undefined, check: (t: string, w: string) => string, where: string) {
  if (list === undefined) return undefined;
  return [...new Set(list.map((t) => check(t, where)))];
}

export const resolveIds = checkIds;

declare const checkedHops: unique symbol;

/**
 * A number of hops the store port has checked. The Neo4j adapter splices hops into its statement (a
 * quantifier cannot be a parameter); taking this type instead of a number, it cannot be handed one that
 * skipped the check, so it need not check again.
 */
export type Hops = number & { readonly [checkedHops]: true };

/** `depth` of a neighbourhood, checked (ARGUMENTS.neighborhoodDepth). */
export function neighborhoodHops(depth: number | undefined, where = 'GraphStore.neighborhood: depth'): Hops {
  return checkCount(ARGUMENTS.neighborhoodDepth, depth, where) as Hops;
}

/** `maxDepth` of a path, checked (ARGUMENTS.pathDepth). */
export function pathHops(maxDepth: number | undefined, where = 'GraphStore.shortestPath: maxDepth'): Hops {
  return checkCount(ARGUMENTS.pathDepth, maxDepth, where) as Hops;
}

export interface ResolvedSearch {
  query: string;
  types: string[] | undefined;
  limit: number;
}

export function resolveSearch(query: string, options: SearchOptions = {}): ResolvedSearch {
  return {
    query: checkSearchQuery(query, 'GraphStore.search'),
    types: types(options.types, assertEntityType, 'GraphStore.search'),
    limit: checkCount(ARGUMENTS.searchFirst, options.limit, 'GraphStore.search: limit'),
  };
}

export interface ResolvedSentenceSearch {
  query: string;
  limit: number;
}

export function resolveSentenceSearch(
  query: string,
  options: SentenceSearchOptions = {},
): ResolvedSentenceSearch {
  return {
    query: checkSearchQuery(query, 'GraphStore.searchSentences'),
    limit: checkCount(ARGUMENTS.sentencesFirst, options.limit, 'GraphStore.searchSentences: limit'),
  };
}

export interface ResolvedRelations {
  types: string[] | undefined;
  direction: Direction;
  limit: number;
}

export function resolveRelations(options: RelationsOptions = {}): ResolvedRelations {
  const direction = options.direction ?? 'BOTH';
  if (direction !== 'OUT' && direction !== 'IN' && direction !== 'BOTH') {
    throw new InvalidArgumentError(
      `GraphStore.relationsOf: direction ${String(direction)} is not OUT, IN or BOTH.`,
    );
  }
  return {
    types: types(options.types, assertRelationType, 'GraphStore.relationsOf'),
    direction,
    limit: checkCount(ARGUMENTS.relationsFirst, options.limit, 'GraphStore.relationsOf: limit'),
  };
}

export interface ResolvedNeighborhood {
  depth: Hops;
  relationTypes: string[] | undefined;
  entityTypes: string[] | undefined;
  limit: number;
}

export function resolveNeighborhood(options: NeighborhoodOptions = {}): ResolvedNeighborhood {
  return {
    depth: neighborhoodHops(options.depth),
    relationTypes: types(options.relationTypes, assertRelationType, 'GraphStore.neighborhood'),
    entityTypes: types(options.entityTypes, assertEntityType, 'GraphStore.neighborhood'),
    limit: checkCount(ARGUMENTS.neighborhoodLimit, options.limit, 'GraphStore.neighborhood: limit'),
  };
}

export interface ResolvedPath {
  maxDepth: Hops;
  relationTypes: string[] | undefined;
  entityTypes: string[] | undefined;
}

export function resolvePath(options: PathOptions = {}): ResolvedPath {
  return {
    maxDepth: pathHops(options.maxDepth),
    relationTypes: types(options.relationTypes, assertRelationType, 'GraphStore.shortestPath'),
    entityTypes: types(options.entityTypes, assertEntityType, 'GraphStore.shortestPath'),
  };
}

export function resolveOverviewLimit(limit: number | undefined): number {
  return checkCount(ARGUMENTS.overviewLimit, limit, 'GraphStore.overview: limit');
}
