'use client';

import { explainFailure } from '@/app/lib/failure-messages';
import { useEffect, useRef, useState } from 'react';
import { gql, isAbortError } from '@/app/lib/graphql-client';
import { SEARCH_QUERY } from '@/app/lib/queries';
import type { SearchResult } from '@/app/lib/queries';
import { toRequestError } from '@/app/lib/use-async';

export type Suggestion = SearchResult['search'][number];

/** Where the suggestions for the text typed so far stand. */
export type Lookup =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'done'; query: string; results: Suggestion[] }
  | { status: 'failed'; query: string; message: string };

const DEBOUNCE_MS = 180;
const MIN_QUERY_LENGTH = 2;
const SUGGESTIONS = 8;

/**
 * Entity suggestions for a combobox (the page's search box, the path finder's two ends): `suggest(text)`
 * asks the API once typing pauses, aborting the request it supersedes, and asks nothing for fewer than two
 * characters. Pending work is cancelled when the component goes away.
 */
export function useEntitySuggestions(): {
  lookup: Lookup;
  results: Suggestion[];
  suggest(text: string): void;
} {
  const [lookup, setLookup] = useState<Lookup>({ status: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<AbortController | undefined>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inFlight.current?.abort();
    },
    [],
  );

  function ask(query: string) {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setLookup({ status: 'loading', query });
    gql<SearchResult>(SEARCH_QUERY, { query, first: SUGGESTIONS }, { signal: controller.signal }).then(
      ({ search }) => setLookup({ status: 'done', query, results: search }),
      (error: unknown) => {
        if (isAbortError(error)) return;
        // In plain words: the API's own text is for developers (failure-messages.ts).
        const { title, detail } = explainFailure('search', toRequestError(error));
        setLookup({ status: 'failed', query, message: `${title} ${detail}` });
      },
    );
  }

  function suggest(text: string) {
    clearTimeout(timer.current);
    const query = text.trim();
    if (query.length < MIN_QUERY_LENGTH) {
      inFlight.current?.abort();
      setLookup({ status: 'idle' });
      return;
    }
    timer.current = setTimeout(() => ask(query), DEBOUNCE_MS);
  }

  return { lookup, results: lookup.status === 'done' ? lookup.results : [], suggest };
}
