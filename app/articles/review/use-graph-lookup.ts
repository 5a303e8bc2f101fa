'use client';

import { useEffect, useRef, useState } from 'react';
import { gql, isAbortError } from '@/app/lib/graphql-client';
import { SEARCH_QUERY } from '@/app/lib/queries';
import type { SearchResult } from '@/app/lib/queries';
import type { GraphEntityRef } from './EntityCard';

/** How many entities of the graph one lookup offers. */
const OFFERED = 8;

/**
 * Entities of the graph whose name or alias matches what the reviewer types in a merge field, from the
 * API's search: the review page no longer loads the whole graph to offer them. A new lookup aborts the
 * one it supersedes; a failed one offers nothing (the field still takes a name it already knows).
 */
export function useGraphLookup(): { found: GraphEntityRef[]; lookUp: (text: string) => void } {
  const [found, setFound] = useState<GraphEntityRef[]>([]);
  const pending = useRef<AbortController | null>(null);
  useEffect(() => () => pending.current?.abort(), []);

  function lookUp(text: string) {
    pending.current?.abort();
    if (text.trim().length < 2) return;
    const controller = new AbortController();
    pending.current = controller;
    gql<SearchResult>(
      SEARCH_QUERY,
      { query: text.trim(), first: OFFERED },
      { signal: controller.signal },
    ).then(
      (r) => setFound(r.search.map(({ id, name, type }) => ({ id, name, type }))),
      (error: unknown) => {
        if (!isAbortError(error)) setFound([]);
      },
    );
  }
  return { found, lookUp };
}
