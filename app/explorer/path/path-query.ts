import type { SubgraphView } from '@/app/lib/queries';
import { ARGUMENTS } from '@/graph/arguments';

/**
 * The path finder's two GraphQL operations: the store's type lists (to turn "hidden" into "allowed") and
 * the shortest path itself, with the same node and relation fields the canvas draws, so a found path can
 * be drawn as it is.
 */

/** Every entity type and relation type in the store. */
export const PATH_TYPES_QUERY = `query PathTypes { stats { entityTypes { type } relationTypes { type } } }`;
export interface PathTypesResult {
  stats: { entityTypes: { type: string }[]; relationTypes: { type: string }[] };
}

/**
 * A shortest path between two entities, following relations either way. `relationTypes` and
 * `entityTypes` list what may be walked (omitted = everything); the two ends are allowed whatever their
 * type. Null when there is no path within `maxDepth` hops; NOT_FOUND when an end does not exist.
 */
export const SHORTEST_PATH_QUERY = `query ShortestPath(
  $from: ID!
  $to: ID!
  $maxDepth: Int
  $relationTypes: [String!]
  $entityTypes: [String!]
) {
  shortestPath(
    from: $from
    to: $to
    maxDepth: $maxDepth
    relationTypes: $relationTypes
    entityTypes: $entityTypes
  ) {
    nodes { id name type degree }
    edges {
      id type statement role
      source { id name type }
      target { id name type }
      evidence { documentId sentence start end }
    }
    truncated
  }
}`;
export interface ShortestPathResult {
  shortestPath: SubgraphView | null;
}

/** How far the path finder looks by default, and the range the API accepts (graph/arguments.ts). */
export const DEFAULT_PATH_DEPTH = ARGUMENTS.pathDepth.default;
export const MIN_PATH_DEPTH = ARGUMENTS.pathDepth.min;
export const MAX_PATH_DEPTH = ARGUMENTS.pathDepth.max;
