'use client';

import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { nextActiveIndex } from '@/app/lib/listbox-navigation';
import { SuggestionHint, SuggestionList } from './SuggestionList';
import { useEntitySuggestions } from './use-entity-suggestions';
import type { Suggestion } from './use-entity-suggestions';
import './search.css';

export type { Suggestion } from './use-entity-suggestions';

interface SearchBoxProps {
  onChoose: (suggestion: Suggestion) => void;
}

/**
 * Entity search as an ARIA 1.2 combobox with a listbox popup: typing asks the API (debounced, the
 * superseded request aborted), ArrowUp/ArrowDown move through suggestions, Enter chooses, Escape closes
 * the list (and clears the box when it is already closed). Focus stays in the input throughout; the active
 * option is announced through aria-activedescendant.
 */
export function SearchBox({ onChoose }: SearchBoxProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { lookup, results, suggest } = useEntitySuggestions();
  const listId = useId();
  const hintId = useId();

  // New suggestions start with none of them active (adjusted while rendering, not in an effect).
  const [shownLookup, setShownLookup] = useState(lookup);
  if (shownLookup !== lookup) {
    setShownLookup(lookup);
    setActive(-1);
  }

  const expanded = open && results.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  function onInput(value: string) {
    setText(value);
    setOpen(true);
    suggest(value);
  }

  function choose(suggestion: Suggestion) {
    setText(suggestion.name);
    setOpen(false);
    setActive(-1);
    onChoose(suggestion);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (results.length === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setOpen(true);
        setActive((i) => nextActiveIndex(i, step, results.length));
        return;
      }
      case 'Enter': {
        const chosen = expanded ? (results[active] ?? results[0]) : undefined;
        if (chosen === undefined) return;
        event.preventDefault();
        choose(chosen);
        return;
      }
      case 'Escape':
        event.preventDefault();
        if (expanded) {
          setOpen(false);
          setActive(-1);
        } else {
          onInput('');
        }
        return;
      default:
        return;
    }
  }

  return (
    <div className="search" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search entities
      </label>
      <input
        id={`${listId}-input`}
        className="search-input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search people, organisations, places…"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={hintId}
        value={text}
        onChange={(e) => onInput(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <SuggestionList
        id={listId}
        label="Matching entities"
        results={results}
        expanded={expanded}
        active={active}
        optionId={optionId}
        onChoose={choose}
        onHover={setActive}
      />
      <SuggestionHint id={hintId} lookup={lookup} open={open} />
    </div>
  );
}
