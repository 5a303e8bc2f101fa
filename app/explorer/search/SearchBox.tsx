'use client';

import { useId, useState } from 'react';
import { EntityCombobox } from './EntityCombobox';
import type { Suggestion } from './use-entity-suggestions';
import './search.css';

export type { Suggestion } from './use-entity-suggestions';

interface SearchBoxProps {
  onChoose: (suggestion: Suggestion) => void;
}

/**
 * The page's entity search: the entity combobox in the top bar's search landmark. Escape on a closed
 * list clears the box.
 */
export function SearchBox({ onChoose }: SearchBoxProps) {
  const [text, setText] = useState('');
  const id = useId();
  return (
    <div className="search" role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search entities
      </label>
      <EntityCombobox
        id={id}
        inputClassName="search-input"
        placeholder="Search people, organisations, places…"
        listLabel="Matching entities"
        text={text}
        onType={setText}
        onChoose={(suggestion) => {
          setText(suggestion.name);
          onChoose(suggestion);
        }}
        escapeWhenClosed="clear"
      />
    </div>
  );
}
