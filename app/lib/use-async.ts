'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import { GraphQLRequestError, isAbortError } from './graphql-client';

/** The state of one asynchronous load, tagged by status. */
export type AsyncState<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: GraphQLRequestError };

interface Settled<T> {
  key: string;
  attempt: number;
  state: AsyncState<T>;
}

/**
 * Loads `load()` whenever `key` changes (and again on `retry()`), aborting the load it supersedes. The
 * result belongs to its key: while a new key loads, the hook says `loading` rather than showing the
 * previous key's data. Failures that are not already GraphQLRequestErrors are wrapped as UNKNOWN.
 */
export function useAsync<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): AsyncState<T> & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const runLoad = useEffectEvent(load);

  useEffect(() => {
    const controller = new AbortController();
    runLoad(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ key, attempt, state: { status: 'ready', data } });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setSettled({ key, attempt, state: { status: 'error', error: toRequestError(error) } });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const retry = () => setAttempt((n) => n + 1);
  const current = settled !== null && settled.key === key && settled.attempt === attempt;
  return { ...(current ? settled.state : { status: 'loading' }), retry };
}

/** Any failure as a GraphQLRequestError, so callers switch on one `code`. */
export function toRequestError(error: unknown): GraphQLRequestError {
  if (error instanceof GraphQLRequestError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new GraphQLRequestError(message, 'UNKNOWN');
}
