'use client';

import type { ReactNode } from 'react';
import type { Lookup } from './use-suggestions';
import './search.css';

interface SuggestionListProps<T> {
  id: string;
  label: string;
  results: readonly T[];
  expanded: boolean;
  active: number;
  optionId(index: number): string;
  keyOf(suggestion: T): string;
  renderOption(suggestion: T): ReactNode;
  onChoose(suggestion: T): void;
  onHover(index: number): void;
}

/** The listbox of a combobox: each suggestion as its owner renders it. */
export function SuggestionList<T>(props: SuggestionListProps<T>) {
  const { id, label, results, expanded, active, optionId } = props;
  return (
    <ul id={id} role="listbox" aria-label={label} className="search-list" hidden={!expanded}>
      {results.map((s, index) => (
        <li
          key={props.keyOf(s)}
          id={optionId(index)}
          role="option"
          aria-selected={index === active}
          className="search-option"
          // mousedown would blur the input (and close the list) before the click lands.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => props.onChoose(s)}
          onMouseMove={() => props.onHover(index)}
        >
          {props.renderOption(s)}
        </li>
      ))}
    </ul>
  );
}

/** A polite live region: how many suggestions there are, or why there are none. */
export function SuggestionHint<T>(props: { id: string; lookup: Lookup<T>; open: boolean; noun: string }) {
  const { id, lookup, open } = props;
  let message = '';
  let visible = false;
  if (lookup.status === 'done') {
    const count = lookup.results.length;
    message =
      count === 0
        ? `No ${props.noun} matches “${lookup.query}”.`
        : `${count} suggestion${count === 1 ? '' : 's'}; use the arrow keys to move and Enter to choose.`;
    visible = open && count === 0;
  } else if (lookup.status === 'failed') {
    message = lookup.message;
    visible = open;
  }
  return (
    <div id={id} role="status" className={visible ? 'search-hint' : 'visually-hidden'}>
      {message}
    </div>
  );
}
