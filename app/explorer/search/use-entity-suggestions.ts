'use client';

import { gql } from '@/app/lib/graphql-client';
import { SEARCH_QUERY } from '@/app/lib/queries';
import type { SearchResult } from '@/app/lib/queries';
import { useSuggestions } from './use-suggestions';

export type Suggestion = SearchResult['search'][number];

const MIN_QUERY_LENGTH = 2;
const SUGGESTIONS = 8;

async function askEntities(query: string, signal: AbortSignal): Promise<Suggestion[]> {
  return (await gql<SearchResult>(SEARCH_QUERY, { query, first: SUGGESTIONS }, { signal })).search;
}

/**
 * Entity suggestions for a combobox (the page's search box, the path finder's two ends): nothing is asked
 * for fewer than two characters.
 */
export function useEntitySuggestions() {
  return useSuggestions(askEntities, MIN_QUERY_LENGTH);
}
