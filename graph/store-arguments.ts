import { InvalidArgumentError } from './errors';
import { assertEntityType, assertRelationType } from './identifiers';
import { LIMITS } from './limits';
import type { Direction } from './model';
import type { NeighborhoodOptions, PathOptions, RelationsOptions, SearchOptions } from './store';

/**
 * Argument checks shared by every adapter, so both stores refuse the same inputs with the same words.
 * Each `resolve*` returns the options with defaults filled in.
 */

function intInRange(value: number | undefined, fallback: number, min: number, max: number, where: string) {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new InvalidArgumentError(
      `${where}: ${v} is out of range; use a whole number from ${min} to ${max}.`,
    );
  }
  return v;
}

function types(list: readonly string[] | undefined, check: (t: string, w: string) => string, where: string) {
  if (list === undefined) return undefined;
  return [...new Set(list.map((t) => check(t, where)))];
}

export function resolveIds(ids: readonly string[], where: string): string[] {
  if (ids.length === 0) throw new InvalidArgumentError(`${where}: give at least one id.`);
  if (ids.length > LIMITS.maxIds) {
    throw new InvalidArgumentError(`${where}: ${ids.length} ids is over the limit of ${LIMITS.maxIds}.`);
  }
  return [...new Set(ids)];
}

export interface ResolvedSearch {
  query: string;
  types: string[] | undefined;
  limit: number;
}

export function resolveSearch(query: string, options: SearchOptions = {}): ResolvedSearch {
  const q = query.trim();
  if (q.length === 0) throw new InvalidArgumentError('GraphStore.search: the query is empty.');
  if (q.length > LIMITS.maxSearchQueryLength) {
    throw new InvalidArgumentError(
      `GraphStore.search: the query is ${q.length} characters; the limit is ${LIMITS.maxSearchQueryLength}.`,
    );
  }
  return {
    query: q,
    types: types(options.types, assertEntityType, 'GraphStore.search'),
    limit: intInRange(
      options.limit,
      LIMITS.defaultSearchLimit,
      1,
      LIMITS.maxSearchLimit,
      'GraphStore.search: limit',
    ),
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
    limit: intInRange(
      options.limit,
      LIMITS.defaultRelationsLimit,
      1,
      LIMITS.maxRelationsLimit,
      'GraphStore.relationsOf: limit',
    ),
  };
}

export interface ResolvedNeighborhood {
  depth: number;
  relationTypes: string[] | undefined;
  entityTypes: string[] | undefined;
  limit: number;
}

export function resolveNeighborhood(options: NeighborhoodOptions = {}): ResolvedNeighborhood {
  return {
    depth: intInRange(options.depth, 1, 1, LIMITS.maxNeighborhoodDepth, 'GraphStore.neighborhood: depth'),
    relationTypes: types(options.relationTypes, assertRelationType, 'GraphStore.neighborhood'),
    entityTypes: types(options.entityTypes, assertEntityType, 'GraphStore.neighborhood'),
    limit: intInRange(
      options.limit,
      LIMITS.defaultNeighborhoodLimit,
      1,
      LIMITS.maxNeighborhoodLimit,
      'GraphStore.neighborhood: limit',
    ),
  };
}

export interface ResolvedPath {
  maxDepth: number;
  relationTypes: string[] | undefined;
  entityTypes: string[] | undefined;
}

export function resolvePath(options: PathOptions = {}): ResolvedPath {
  return {
    maxDepth: intInRange(
      options.maxDepth,
      LIMITS.defaultPathDepth,
      1,
      LIMITS.maxPathDepth,
      'GraphStore.shortestPath: maxDepth',
    ),
    relationTypes: types(options.relationTypes, assertRelationType, 'GraphStore.shortestPath'),
    entityTypes: types(options.entityTypes, assertEntityType, 'GraphStore.shortestPath'),
  };
}

export function resolveOverviewLimit(limit: number | undefined): number {
  return intInRange(
    limit,
    LIMITS.defaultOverviewLimit,
    1,
    LIMITS.maxOverviewLimit,
    'GraphStore.overview: limit',
  );
}
