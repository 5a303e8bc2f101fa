import {
  DEFAULT_EXPANSION_LIMIT,
  EXPANSION_RELATIONS_FETCHED,
} from '../../../app/explorer/expansion/expansion';
import { ENTITY_QUERY, EXPAND_QUERY, SHORTEST_PATH_QUERY } from '../../../app/lib/queries';

/**
 * The explorer's requests of issue 13's target table, as the explorer sends them: its own documents from
 * app/lib/queries.ts (scripts/ may import app/; the import boundary only forbids the other way, and the
 * documents are plain strings with no browser code behind them) with the variables the explorer passes
 * on a fresh canvas (app/explorer/canvas/use-canvas-requests.ts, app/explorer/path/PathFinder.tsx,
 * app/explorer/details/NodeDetails.tsx). So the benchmark measures what a reader waits for, and a change
 * to a document is measured by the next run without touching the benchmark.
 */

/** An expansion on a fresh canvas asks for the hub and its default 25 neighbours. */
export const EXPANSION_LIMIT = 1 + DEFAULT_EXPANSION_LIMIT;
/** …and the ends of up to this many of its relations, to offer the rest without asking again. */
export const EXPANSION_RELATIONS = EXPANSION_RELATIONS_FETCHED;

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

/** The expansion of a hub: summaries of at most 25 neighbours, no evidence. */
export function expansionBody(id: string): string {
  return body(EXPAND_QUERY, { id, limit: EXPANSION_LIMIT, first: EXPANSION_RELATIONS });
}

/** The details panel of an entity: its evidence sentences and its relations' summaries. */
export function detailsBody(id: string): string {
  return body(ENTITY_QUERY, { id });
}

/** The path finder's request: a shortest path between two entities, summaries only. */
export function pathBody(from: string, to: string): string {
  return body(SHORTEST_PATH_QUERY, { from, to });
}
