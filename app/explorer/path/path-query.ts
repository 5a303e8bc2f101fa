import { ARGUMENTS } from '@/graph/arguments';

/**
 * The path finder's type lists (to turn "hidden" into "allowed") and its depths. The shortest path itself
 * is asked for with the canvas's other documents (app/lib/queries.ts), with the same summaries the canvas
 * draws, so a found path can be drawn as it is.
 */

/** Every entity type and relation type in the store. */
export const PATH_TYPES_QUERY = `query PathTypes { stats { entityTypes { type } relationTypes { type } } }`;
export interface PathTypesResult {
  stats: { entityTypes: { type: string }[]; relationTypes: { type: string }[] };
}

/** How far the path finder looks by default, and the range the API accepts (graph/arguments.ts). */
export const DEFAULT_PATH_DEPTH = ARGUMENTS.pathDepth.default;
export const MIN_PATH_DEPTH = ARGUMENTS.pathDepth.min;
export const MAX_PATH_DEPTH = ARGUMENTS.pathDepth.max;
