'use client';

import { Combobox } from './Combobox';
import { useSentenceSuggestions } from './use-sentence-suggestions';
import type { SentenceSuggestion } from './use-sentence-suggestions';

interface SentenceComboboxProps {
  id: string;
  text: string;
  onType(text: string): void;
  onChoose(hit: SentenceSuggestion): void;
}

/** The search box's sentences mode: each hit as its sentence, under its article's title. */
export function SentenceCombobox(props: SentenceComboboxProps) {
  return (
    <Combobox
      {...props}
      inputClassName="search-input"
      placeholder="Search the articles’ sentences: a quote, a word…"
      listLabel="Matching sentences"
      escapeWhenClosed="clear"
      source={useSentenceSuggestions()}
      keyOf={(hit) => `${hit.documentId}:${hit.start}`}
      noun="sentence"
      renderOption={(hit) => (
        <span className="search-sentence">
          <span className="search-sentence-text">{hit.sentence}</span>
          <span className="search-sentence-source">
            {hit.document.title}
            {hit.entities.length > 0 &&
              ` · ${hit.entities.length} entit${hit.entities.length === 1 ? 'y' : 'ies'}`}
          </span>
        </span>
      )}
    />
  );
}
