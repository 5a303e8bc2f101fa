'use client';

import { humanizeType } from '@/app/lib/type-style';
import { TypeSwatch } from '@/app/lib/TypeSwatch';
import type { Lookup, Suggestion } from './use-entity-suggestions';
import './search.css';

interface SuggestionListProps {
  id: string;
  label: string;
  results: readonly Suggestion[];
  expanded: boolean;
  active: number;
  optionId(index: number): string;
  onChoose(suggestion: Suggestion): void;
  onHover(index: number): void;
}

/** The listbox of an entity combobox: each suggestion with its type's swatch and name. */
export function SuggestionList(props: SuggestionListProps) {
  const { id, label, results, expanded, active, optionId } = props;
  return (
    <ul id={id} role="listbox" aria-label={label} className="search-list" hidden={!expanded}>
      {results.map((s, index) => (
        <li
          key={s.id}
          id={optionId(index)}
          role="option"
          aria-selected={index === active}
          className="search-option"
          // mousedown would blur the input (and close the list) before the click lands.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => props.onChoose(s)}
          onMouseMove={() => props.onHover(index)}
        >
          <TypeSwatch type={s.type} />
          <span className="search-option-name">{s.name}</span>
          <span className="search-option-type">{humanizeType(s.type)}</span>
        </li>
      ))}
    </ul>
  );
}

/** A polite live region: how many suggestions there are, or why there are none. */
export function SuggestionHint({ id, lookup, open }: { id: string; lookup: Lookup; open: boolean }) {
  let message = '';
  let visible = false;
  if (lookup.status === 'done') {
    const count = lookup.results.length;
    message =
      count === 0
        ? `No entity matches “${lookup.query}”.`
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
