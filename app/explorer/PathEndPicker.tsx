'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { gql, isAbortError } from '@/app/lib/graphql-client';
import { nextActiveIndex } from '@/app/lib/listbox-navigation';
import { SEARCH_QUERY } from '@/app/lib/queries';
import type { SearchResult } from '@/app/lib/queries';
import { humanizeType } from '@/app/lib/type-style';
import { TypeSwatch } from './TypeSwatch';

/** One end of a path: an entity, by id, with the name the reader sees. */
export interface PathEnd {
  id: string;
  name: string;
}

type Suggestion = SearchResult['search'][number];

interface PathEndPickerProps {
  /** The visible label, which also names the combobox ("From", "To"). */
  label: string;
  value: PathEnd | null;
  onChange(value: PathEnd | null): void;
}

const DEBOUNCE_MS = 180;
const MIN_QUERY_LENGTH = 2;

/**
 * An entity picker for one end of a path: the search box's combobox pattern (ArrowUp/Down, Enter,
 * Escape; focus stays in the input; the active option through aria-activedescendant) with a label of its
 * own, since the path finder has two of them and SearchBox's label and landmark are the page's search.
 * Typing after a choice clears the choice, so "Find path" never runs on a name that is not the one shown.
 */
export function PathEndPicker({ label, value, onChange }: PathEndPickerProps) {
  const [text, setText] = useState(value?.name ?? '');
  const [shownId, setShownId] = useState(value?.id ?? null);
  const [results, setResults] = useState<Suggestion[]>([]);
  const [message, setMessage] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<AbortController | undefined>(undefined);
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;

  // An end chosen or cleared elsewhere (the canvas's "path from here", the swap button) shows in the box.
  // Typing clears the choice too, but onInput forgets `shownId` first, so the typed text stays.
  if ((value?.id ?? null) !== shownId) {
    setShownId(value?.id ?? null);
    setText(value?.name ?? '');
  }

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inFlight.current?.abort();
    },
    [],
  );

  const expanded = open && results.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  function ask(query: string) {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    gql<SearchResult>(SEARCH_QUERY, { query, first: 8 }, { signal: controller.signal }).then(
      ({ search }) => {
        setResults(search);
        setActive(-1);
        setMessage(search.length === 0 ? `No entity matches “${query}”.` : `${search.length} suggestions.`);
      },
      (error: unknown) => {
        if (isAbortError(error)) return;
        setResults([]);
        setMessage('Search failed; try again.');
      },
    );
  }

  function onInput(next: string) {
    setText(next);
    setOpen(true);
    if (value !== null) {
      setShownId(null);
      onChange(null);
    }
    clearTimeout(timer.current);
    const query = next.trim();
    if (query.length < MIN_QUERY_LENGTH) {
      inFlight.current?.abort();
      setResults([]);
      setMessage('');
      return;
    }
    timer.current = setTimeout(() => ask(query), DEBOUNCE_MS);
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
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label}: matching entities`}
        className="search-list"
        hidden={!expanded}
      >
        {results.map((s, index) => (
          <li
            key={s.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="search-option"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(s)}
            onMouseMove={() => setActive(index)}
          >
            <TypeSwatch type={s.type} />
            <span className="search-option-name">{s.name}</span>
            <span className="search-option-type">{humanizeType(s.type)}</span>
          </li>
        ))}
      </ul>
      <div
        id={hintId}
        role="status"
        className={open && results.length === 0 && message !== '' ? 'search-hint' : 'visually-hidden'}
      >
        {open ? message : ''}
      </div>
    </div>
  );
}
