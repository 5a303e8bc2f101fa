/**
 * The bounds every store and every edge enforce. One place, so GraphQL, the stores and the docs agree.
 */
export const LIMITS = {
  /** neighborhood depth: 1..3 hops. Past 3 a news graph is usually the whole graph. */
  maxNeighborhoodDepth: 3,
  /** shortestPath maxDepth: 1..10 hops. */
  maxPathDepth: 10,
  defaultPathDepth: 6,
  /** Node cap of a neighborhood. */
  defaultNeighborhoodLimit: 200,
  maxNeighborhoodLimit: 2000,
  /** How many ids one call may name (neighborhood seeds, subgraph, getEntities). */
  maxIds: 1000,
  defaultSearchLimit: 10,
  maxSearchLimit: 100,
  maxSearchQueryLength: 200,
  defaultRelationsLimit: 50,
  maxRelationsLimit: 500,
  defaultOverviewLimit: 40,
  maxOverviewLimit: 500,
} as const;
