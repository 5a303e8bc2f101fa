import {
  DOCUMENT_QUERY,
  ENTITY_QUERY,
  NEIGHBORHOOD_QUERY,
  OVERVIEW_QUERY,
  SEARCH_QUERY,
  STATS_QUERY,
} from '../../../app/lib/queries';
import { LIMITS } from '../../../graph/limits';
import { SHORTEST_PATH_QUERY } from '../measure/query-kinds';
import { Random } from '../synthetic/random';
import type { Workload } from '../synthetic/workload';

/**
 * The load test's traffic: what people do in the explorer, in proportions a session might have (type in
 * the search box, open details, expand, look at a sentence in its article), with a few heavier queries.
 * Every request is one the explorer sends, with arguments from the workload, so each should succeed.
 */
const MIX = [
  ['search', 30],
  ['entity', 20],
  ['neighborhood1', 20],
  ['neighborhood2', 5],
  ['shortestPath', 10],
  ['document', 5],
  ['overview', 5],
  ['stats', 5],
] as const;
type MixedKind = (typeof MIX)[number][0];

/** The explorer's first view asks for the API's default overview (app/explorer/canvas/use-canvas-requests.ts). */
const OVERVIEW_LIMIT = LIMITS.defaultOverviewLimit;

/** A seeded source of request bodies over a workload and a graph of `documents` articles (`article-1`…). */
export function mixedRequests(workload: Workload, documents: number, seed: number): () => string {
  const random = new Random(seed);
  let n = 0;
  return () => {
    const i = n++;
    const kind: MixedKind = random.weighted(MIX);
    const id = workload.entityIds[i % workload.entityIds.length] ?? '';
    const [from, to] = workload.pairs[i % workload.pairs.length] ?? ['', ''];
    const body = (query: string, variables: Record<string, unknown> = {}) =>
      JSON.stringify({ query, variables });
    switch (kind) {
      case 'search':
        return body(SEARCH_QUERY, { query: workload.searchTerms[i % workload.searchTerms.length], first: 8 });
      case 'entity':
        return body(ENTITY_QUERY, { id });
      case 'neighborhood1':
      case 'neighborhood2':
        return body(NEIGHBORHOOD_QUERY, { ids: [id], depth: kind === 'neighborhood1' ? 1 : 2 });
      case 'shortestPath':
        return body(SHORTEST_PATH_QUERY, { from, to });
      case 'document':
        return body(DOCUMENT_QUERY, { id: `article-${1 + random.int(documents)}` });
      case 'overview':
        return body(OVERVIEW_QUERY, { limit: OVERVIEW_LIMIT });
      case 'stats':
        return body(STATS_QUERY);
    }
  };
}
