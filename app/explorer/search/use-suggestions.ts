'use client';

import { useEffect, useRef, useState } from 'react';
import { explainFailure } from '@/app/lib/failure-messages';
import { isAbortError } from '@/app/lib/graphql-client';
import { toRequestError } from '@/app/lib/use-async';

/** Where the suggestions for the text typed so far stand. */
export type Lookup<T> =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'done'; query: string; results: T[] }
  | { status: 'failed'; query: string; message: string };

const DEBOUNCE_MS = 180;

/**
 * Suggestions for a combobox: `suggest(text)` calls `ask` once typing pauses, aborting the request it
 * supersedes, and asks nothing below `minLength` characters. Pending work is cancelled when the component
 * goes away. Shared by the entity search (names) and the sentence search.
 */
export function useSuggestions<T>(
  ask: (query: string, signal: AbortSignal) => Promise<T[]>,
  minLength: number,
): { lookup: Lookup<T>; results: T[]; suggest(text: string): void } {
  const [lookup, setLookup] = useState<Lookup<T>>({ status: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<AbortController | undefined>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inFlight.current?.abort();
    },
    [],
  );

  function run(query: string) {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setLookup({ status: 'loading', query });
    ask(query, controller.signal).then(
      (results) => setLookup({ status: 'done', query, results }),
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
    if (query.length < minLength) {
      inFlight.current?.abort();
      setLookup({ status: 'idle' });
      return;
    }
    timer.current = setTimeout(() => run(query), DEBOUNCE_MS);
  }

  return { lookup, results: lookup.status === 'done' ? lookup.results : [], suggest };
}
