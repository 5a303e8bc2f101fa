'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { gql, isAbortError } from '@/app/lib/graphql-client';
import { SEARCH_QUERY } from '@/app/lib/queries';
import type { SearchResult } from '@/app/lib/queries';
import { nextActiveIndex } from '@/app/lib/listbox-navigation';
import { humanizeType } from '@/app/lib/type-style';
import { toRequestError } from '@/app/lib/use-async';
import { TypeSwatch } from './TypeSwatch';

export type Suggestion = SearchResult['search'][number];

interface SearchBoxProps {
  onChoose: (suggestion: Suggestion) => void;
}

type Lookup =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'done'; query: string; results: Suggestion[] }
  | { status: 'failed'; query: string; message: string };

const DEBOUNCE_MS = 180;
const MIN_QUERY_LENGTH = 2;

/**
 * Entity search as an ARIA 1.2 combobox with a listbox popup: typing asks the API (debounced, the
 * superseded request aborted), ArrowUp/ArrowDown move through suggestions, Enter chooses, Escape closes
 * the list (and clears the box when it is already closed). Focus stays in the input throughout; the active
 * option is announced through aria-activedescendant.
 */
export function SearchBox({ onChoose }: SearchBoxProps) {
  const [text, setText] = useState('');
  const [lookup, setLookup] = useState<Lookup>({ status: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<AbortController | undefined>(undefined);
  const listId = useId();
  const hintId = useId();

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inFlight.current?.abort();
    },
    [],
  );

  const results = lookup.status === 'done' ? lookup.results : [];
  const expanded = open && results.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  function ask(query: string) {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setLookup({ status: 'loading', query });
    gql<SearchResult>(SEARCH_QUERY, { query, first: 8 }, { signal: controller.signal }).then(
      ({ search }) => {
        setLookup({ status: 'done', query, results: search });
        setActive(-1);
      },
      (error: unknown) => {
        if (isAbortError(error)) return;
        setLookup({ status: 'failed', query, message: toRequestError(error).message });
      },
    );
  }

  function onInput(value: string) {
    setText(value);
    setOpen(true);
    clearTimeout(timer.current);
    const query = value.trim();
    if (query.length < MIN_QUERY_LENGTH) {
      inFlight.current?.abort();
      setLookup({ status: 'idle' });
      setActive(-1);
      return;
    }
    timer.current = setTimeout(() => ask(query), DEBOUNCE_MS);
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
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching entities"
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
            // mousedown would blur the input (and close the list) before the click lands.
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
      <SearchHint id={hintId} lookup={lookup} open={open} count={results.length} />
    </div>
  );
}

/** A polite live region: how many suggestions there are, or why there are none. */
function SearchHint({
  id,
  lookup,
  open,
  count,
}: {
  id: string;
  lookup: Lookup;
  open: boolean;
  count: number;
}) {
  let message = '';
  let visible = false;
  if (lookup.status === 'done') {
    message =
      count === 0
        ? `No entity matches “${lookup.query}”.`
        : `${count} suggestion${count === 1 ? '' : 's'}; use the arrow keys to move and Enter to choose.`;
    visible = open && count === 0;
  } else if (lookup.status === 'failed') {
    message = `Search failed: ${lookup.message}`;
    visible = open;
  }
  return (
    <div id={id} role="status" className={visible ? 'search-hint' : 'visually-hidden'}>
      {message}
    </div>
  );
}
