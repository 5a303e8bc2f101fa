'use client';

import { gql } from '@/app/lib/graphql-client';
import { SENTENCES_QUERY } from '@/app/lib/queries';
import type { SentencesResult } from '@/app/lib/queries';
import { useSuggestions } from './use-suggestions';

export type SentenceSuggestion = SentencesResult['sentences'][number];

/** A word of three letters is where a sentence search starts to mean something. */
const MIN_QUERY_LENGTH = 3;
const SUGGESTIONS = 8;

async function askSentences(query: string, signal: AbortSignal): Promise<SentenceSuggestion[]> {
  return (await gql<SentencesResult>(SENTENCES_QUERY, { query, first: SUGGESTIONS }, { signal })).sentences;
}

/** Sentence suggestions for the search box's "Sentences" mode. */
export function useSentenceSuggestions() {
  return useSuggestions(askSentences, MIN_QUERY_LENGTH);
}
