import { NEIGHBORHOOD_QUERY, SEARCH_QUERY } from '../../../app/lib/queries';
import type { GraphStore } from '../../../graph/store';
import type { Workload } from '../synthetic/workload';
import {
  detailsBody,
  EXPANSION_LIMIT,
  EXPANSION_RELATIONS,
  expansionBody,
  pathBody,
} from '../executor/explorer-queries';

/**
 * The questions the benchmarks ask, each two ways: as the GraphQL request the explorer sends (its own query
 * strings, imported from app/lib/queries.ts, so the benchmark measures what the page asks for), and as the
 * store call the resolver makes for it. The i-th request of a kind uses the i-th arguments of the workload
 * in both, so the two ways answer the same questions.
 */
export const QUERY_KINDS = [
  'search',
  'neighborhood1',
  'neighborhood2',
  'shortestPath',
  'expansion',
  'details',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/**
 * The arguments of a run: the dataset's workload, plus the hubs (the most connected entities, from the
 * store's own overview) that the explorer's expansion is asked about.
 */
export interface RunWorkload extends Workload {
  hubIds: string[];
}

/** How many hubs the expansions cycle through. */
export const HUB_COUNT = 64;

/** The workload with the hubs of `store` added. */
export async function withHubs(store: GraphStore, workload: Workload): Promise<RunWorkload> {
  const overview = await store.overview(HUB_COUNT);
  return { ...workload, hubIds: overview.nodes.map((node) => node.id) };
}

/** The explorer's search box asks for 8 suggestions. */
export const SEARCH_FIRST = 8;

function at<T>(list: readonly T[], i: number): T {
  const item = list[i % list.length];
  if (item === undefined) throw new RangeError('The workload is empty.');
  return item;
}

/** The JSON body of the i-th GraphQL request of a kind. */
export function graphqlBody(kind: QueryKind, workload: RunWorkload, i: number): string {
  switch (kind) {
    case 'search':
      return JSON.stringify({
        query: SEARCH_QUERY,
        variables: { query: at(workload.searchTerms, i), first: SEARCH_FIRST },
      });
    case 'neighborhood1':
    case 'neighborhood2':
      return JSON.stringify({
        query: NEIGHBORHOOD_QUERY,
        variables: { ids: [at(workload.entityIds, i)], depth: kind === 'neighborhood1' ? 1 : 2 },
      });
    case 'shortestPath': {
      const [from, to] = at(workload.pairs, i);
      return pathBody(from, to);
    }
    case 'expansion':
      return expansionBody(at(workload.hubIds, i));
    case 'details':
      return detailsBody(at(workload.entityIds, i));
  }
}

/** The store call behind the i-th request of a kind. */
export function storeCall(
  store: GraphStore,
  kind: QueryKind,
  workload: RunWorkload,
  i: number,
): Promise<unknown> {
  switch (kind) {
    case 'search':
      return store.search(at(workload.searchTerms, i), { limit: SEARCH_FIRST });
    case 'neighborhood1':
      return store.neighborhood([at(workload.entityIds, i)], { depth: 1 });
    case 'neighborhood2':
      return store.neighborhood([at(workload.entityIds, i)], { depth: 2 });
    case 'shortestPath': {
      const [from, to] = at(workload.pairs, i);
      return store.shortestPath(from, to);
    }
    case 'expansion': {
      const hub = at(workload.hubIds, i);
      return Promise.all([
        store.neighborhood([hub], { depth: 1, limit: EXPANSION_LIMIT }),
        store.getEntity(hub),
        store.relationsOf(hub, { limit: EXPANSION_RELATIONS }),
      ]);
    }
    case 'details': {
      const id = at(workload.entityIds, i);
      return Promise.all([store.getEntity(id), store.relationsOf(id, { limit: 100 })]);
    }
  }
}
