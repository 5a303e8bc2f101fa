'use client';

import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { nextActiveIndex } from '@/app/lib/listbox-navigation';
import { SuggestionHint, SuggestionList } from '@/app/explorer/search/SuggestionList';
import { useEntitySuggestions } from '@/app/explorer/search/use-entity-suggestions';
import type { Suggestion } from '@/app/explorer/search/use-entity-suggestions';

/** One end of a path: an entity, by id, with the name the reader sees. */
export interface PathEnd {
  id: string;
  name: string;
}

interface PathEndPickerProps {
  /** The visible label, which also names the combobox ("From", "To"). */
  label: string;
  value: PathEnd | null;
  onChange(value: PathEnd | null): void;
}

/**
 * An entity picker for one end of a path: the search box's combobox pattern (ArrowUp/Down, Enter,
 * Escape; focus stays in the input; the active option through aria-activedescendant) with a label of its
 * own, since the path finder has two of them and SearchBox's label and landmark are the page's search.
 * Typing after a choice clears the choice, so "Find path" never runs on a name that is not the one shown.
 */
export function PathEndPicker({ label, value, onChange }: PathEndPickerProps) {
  const [text, setText] = useState(value?.name ?? '');
  const [shownId, setShownId] = useState(value?.id ?? null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { lookup, results, suggest } = useEntitySuggestions();
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;

  // An end chosen or cleared elsewhere (the canvas's "path from here", the swap button) shows in the box.
  // Typing clears the choice too, but onInput forgets `shownId` first, so the typed text stays.
  if ((value?.id ?? null) !== shownId) {
    setShownId(value?.id ?? null);
    setText(value?.name ?? '');
  }
  // New suggestions start with none of them active.
  const [shownLookup, setShownLookup] = useState(lookup);
  if (shownLookup !== lookup) {
    setShownLookup(lookup);
    setActive(-1);
  }

  const expanded = open && results.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  function onInput(next: string) {
    setText(next);
    setOpen(true);
    if (value !== null) {
      setShownId(null);
      onChange(null);
    }
    suggest(next);
  }

  function choose(suggestion: Suggestion) {
    setText(suggestion.name);
    setShownId(suggestion.id);
    setOpen(false);
    setActive(-1);
    onChange({ id: suggestion.id, name: suggestion.name });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      setOpen(true);
      setActive((i) => nextActiveIndex(i, event.key === 'ArrowDown' ? 1 : -1, results.length));
    } else if (event.key === 'Enter') {
      const chosen = expanded ? (results[active] ?? results[0]) : undefined;
      if (chosen === undefined) return;
      event.preventDefault();
      choose(chosen);
    } else if (event.key === 'Escape' && expanded) {
      // Closing the list is all Escape does here; the explorer's own Escape (clear selection) still runs.
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <div className="path-end">
      <label htmlFor={`${id}-input`} className="path-end-label">
        {label}
      </label>
      <input
        id={`${id}-input`}
        className="search-input path-end-input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search an entity…"
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
        label={`${label}: matching entities`}
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
