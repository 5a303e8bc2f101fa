import { ARGUMENTS } from './arguments';

/**
 * The bounds of graph/arguments.ts as flat numbers, for code that only needs a bound (the explorer's
 * batching, the import's chunking). Defined there, not here.
 */
export const LIMITS = {
  maxNeighborhoodDepth: ARGUMENTS.neighborhoodDepth.max,
  maxPathDepth: ARGUMENTS.pathDepth.max,
  defaultPathDepth: ARGUMENTS.pathDepth.default,
  defaultNeighborhoodLimit: ARGUMENTS.neighborhoodLimit.default,
  maxNeighborhoodLimit: ARGUMENTS.neighborhoodLimit.max,
  maxIds: ARGUMENTS.ids.max,
  defaultSearchLimit: ARGUMENTS.searchFirst.default,
  maxSearchLimit: ARGUMENTS.searchFirst.max,
  maxSearchQueryLength: ARGUMENTS.searchQueryLength.max,
  defaultRelationsLimit: ARGUMENTS.relationsFirst.default,
  maxRelationsLimit: ARGUMENTS.relationsFirst.max,
  defaultOverviewLimit: ARGUMENTS.overviewLimit.default,
  maxOverviewLimit: ARGUMENTS.overviewLimit.max,
} as const;
