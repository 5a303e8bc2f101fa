'use client';

import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { nextActiveIndex } from '@/app/lib/listbox-navigation';
import { SuggestionHint, SuggestionList } from './SuggestionList';
import { useEntitySuggestions } from './use-entity-suggestions';
import type { Suggestion } from './use-entity-suggestions';
import './search.css';
import { LIMITS } from '@/graph/limits';

interface EntityComboboxProps {
  /** The base of the ids of the input (`${id}-input`, for its label), the list, its options and the hint. */
  id: string;
  inputClassName: string;
  placeholder: string;
  /** The listbox's accessible name. */
  listLabel: string;
  /** What the input shows; the owner keeps it, since a choice made elsewhere may change it. */
  text: string;
  /** The reader typed `text`. */
  onType(text: string): void;
  /** The reader chose `suggestion` (Enter, or a click on it). */
  onChoose(suggestion: Suggestion): void;
  /**
   * What Escape does when the list is already closed: the page's search box clears itself, and keeps the
   * key; a path end lets it through to the explorer's own Escape (clear the selection).
   */
  escapeWhenClosed: 'clear' | 'pass';
}

/**
 * An entity input as an ARIA 1.2 combobox with a listbox popup, shared by the search box and the path
 * finder's two ends: typing asks the API (debounced, the superseded request aborted), ArrowUp/ArrowDown
 * move through suggestions, Enter chooses, Escape closes the list. Focus stays in the input throughout;
 * the active option is announced through aria-activedescendant. Renders the input, the list and the hint;
 * the owner gives the label and the frame.
 */
export function EntityCombobox(props: EntityComboboxProps) {
  const { id, text, onType, escapeWhenClosed } = props;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { lookup, results, suggest } = useEntitySuggestions();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;

  // New suggestions start with none of them active (adjusted while rendering, not in an effect).
  const [shownLookup, setShownLookup] = useState(lookup);
  if (shownLookup !== lookup) {
    setShownLookup(lookup);
    setActive(-1);
  }

  const expanded = open && results.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  function onInput(value: string) {
    onType(value);
    setOpen(true);
    suggest(value);
  }

  function choose(suggestion: Suggestion) {
    setOpen(false);
    setActive(-1);
    props.onChoose(suggestion);
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
        if (expanded) {
          if (escapeWhenClosed === 'clear') event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (escapeWhenClosed === 'clear') {
          event.preventDefault();
          onInput('');
        }
        return;
      default:
        return;
    }
  }

  return (
    <>
      <input
        id={`${id}-input`}
        className={props.inputClassName}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        // The API's limit (graph/arguments.ts): a longer paste is cut here rather than refused there.
        maxLength={LIMITS.maxSearchQueryLength}
        placeholder={props.placeholder}
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
        label={props.listLabel}
        results={results}
        expanded={expanded}
        active={active}
        optionId={optionId}
        onChoose={choose}
        onHover={setActive}
      />
      <SuggestionHint id={hintId} lookup={lookup} open={open} />
    </>
  );
}
