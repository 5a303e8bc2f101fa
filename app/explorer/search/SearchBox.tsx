'use client';

import { useId, useState } from 'react';
import { EntityCombobox } from './EntityCombobox';
import { SentenceCard } from './SentenceCard';
import { SentenceCombobox } from './SentenceCombobox';
import type { Suggestion } from './use-entity-suggestions';
import type { SentenceSuggestion } from './use-sentence-suggestions';
import './search.css';

export type { Suggestion } from './use-entity-suggestions';
export type { SentenceSuggestion } from './use-sentence-suggestions';

interface SearchBoxProps {
  onChoose: (suggestion: Suggestion) => void;
  /** A sentence was chosen: draw the entities it mentions. */
  onChooseSentence: (hit: SentenceSuggestion) => void;
}

type Mode = 'names' | 'sentences';

/**
 * The page's search, in the top bar's search landmark: names (entities, by name or alias) or sentences
 * (the articles' text: a quote, a word), switched by two buttons. Choosing a sentence draws its entities
 * and shows the sentence with a link to it in its article. Escape on a closed list clears the box.
 */
export function SearchBox({ onChoose, onChooseSentence }: SearchBoxProps) {
  const [mode, setMode] = useState<Mode>('names');
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<SentenceSuggestion | null>(null);
  const id = useId();
  const type = (value: string) => {
    setText(value);
    setChosen(null);
  };
  return (
    <div className="search" role="search">
      <div className="search-modes" role="group" aria-label="Search in">
        {(['names', 'sentences'] as const).map((m) => (
          <button
            key={m}
            type="button"
            className="search-mode"
            aria-pressed={mode === m}
            onClick={() => {
              setMode(m);
              setChosen(null);
            }}
          >
            {m === 'names' ? 'Names' : 'Sentences'}
          </button>
        ))}
      </div>
      <div className="search-field">
        <label htmlFor={`${id}-input`} className="visually-hidden">
          {mode === 'names' ? 'Search entities' : 'Search sentences'}
        </label>
        {mode === 'names' ? (
          <EntityCombobox
            id={id}
            inputClassName="search-input"
            placeholder="Search people, organisations, places…"
            listLabel="Matching entities"
            text={text}
            onType={type}
            onChoose={(suggestion) => {
              setText(suggestion.name);
              onChoose(suggestion);
            }}
            escapeWhenClosed="clear"
          />
        ) : (
          <SentenceCombobox
            id={id}
            text={text}
            onType={type}
            onChoose={(hit) => {
              setChosen(hit);
              onChooseSentence(hit);
            }}
          />
        )}
        {chosen !== null && <SentenceCard hit={chosen} onClose={() => setChosen(null)} />}
      </div>
    </div>
  );
}
