import { DOCUMENT_QUERY, OVERVIEW_QUERY, SEARCH_QUERY, STATS_QUERY } from '../../../app/lib/queries';
import { LIMITS } from '../../../graph/limits';
import { detailsBody, expansionBody, pathBody } from '../executor/explorer-queries';
import type { RunWorkload } from '../measure/query-kinds';
import { Random } from '../synthetic/random';

/**
 * The load test's traffic: what people do in the explorer (issue 13), in proportions a session might
 * have: search keystrokes (each a prefix of a term, as the box asks while someone types), expansions of
 * hubs capped at 25 with summaries, details of an entity with its evidence, paths, a sentence in its
 * article, and the first view. Every request is one the explorer sends, with arguments from the workload,
 * so each should succeed.
 */
const MIX = [
  ['search', 35],
  ['expansion', 25],
  ['details', 20],
  ['shortestPath', 10],
  ['document', 5],
  ['overview', 3],
  ['stats', 2],
] as const;
type MixedKind = (typeof MIX)[number][0];

/** The explorer's first view asks for the API's default overview (app/explorer/canvas/use-canvas-requests.ts). */
const OVERVIEW_LIMIT = LIMITS.defaultOverviewLimit;

/** A seeded source of request bodies over a workload and a graph of `documents` articles (`article-1`…). */
export function mixedRequests(workload: RunWorkload, documents: number, seed: number): () => string {
  const random = new Random(seed);
  let n = 0;
  return () => {
    const i = n++;
    const kind: MixedKind = random.weighted(MIX);
    const id = workload.entityIds[i % workload.entityIds.length] ?? '';
    const hub = workload.hubIds[i % workload.hubIds.length] ?? id;
    const [from, to] = workload.pairs[i % workload.pairs.length] ?? ['', ''];
    const body = (query: string, variables: Record<string, unknown> = {}) =>
      JSON.stringify({ query, variables });
    switch (kind) {
      case 'search': {
        const term = workload.searchTerms[i % workload.searchTerms.length] ?? 'a';
        const typed = term.slice(0, Math.min(term.length, 1 + random.int(term.length)));
        return body(SEARCH_QUERY, { query: typed.trim() === '' ? term : typed, first: 8 });
      }
      case 'expansion':
        return expansionBody(hub);
      case 'details':
        return detailsBody(id);
      case 'shortestPath':
        return pathBody(from, to);
      case 'document':
        return body(DOCUMENT_QUERY, { id: `article-${1 + random.int(documents)}` });
      case 'overview':
        return body(OVERVIEW_QUERY, { limit: OVERVIEW_LIMIT });
      case 'stats':
        return body(STATS_QUERY);
    }
  };
}
