'use client';

import { useId, useState } from 'react';
import { EntityCombobox } from '@/app/explorer/search/EntityCombobox';

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
 * An entity picker for one end of a path: the search box's combobox with a label of its own, since the
 * path finder has two of them and SearchBox's label and landmark are the page's search. Escape only
 * closes the list; the explorer's own Escape (clear the selection) still runs. Typing after a choice
 * clears the choice, so "Find path" never runs on a name that is not the one shown.
 */
export function PathEndPicker({ label, value, onChange }: PathEndPickerProps) {
  const [text, setText] = useState(value?.name ?? '');
  const [shownId, setShownId] = useState(value?.id ?? null);
  const id = useId();

  // An end chosen or cleared elsewhere (the canvas's "path from here", the swap button) shows in the box.
  // Typing clears the choice too, but onType forgets `shownId` first, so the typed text stays.
  if ((value?.id ?? null) !== shownId) {
    setShownId(value?.id ?? null);
    setText(value?.name ?? '');
  }

  return (
    <div className="path-end">
      <label htmlFor={`${id}-input`} className="path-end-label">
        {label}
      </label>
      <EntityCombobox
        id={id}
        inputClassName="search-input path-end-input"
        placeholder="Search an entity…"
        listLabel={`${label}: matching entities`}
        text={text}
        onType={(next) => {
          setText(next);
          if (value !== null) {
            setShownId(null);
            onChange(null);
          }
        }}
        onChoose={(suggestion) => {
          setText(suggestion.name);
          setShownId(suggestion.id);
          onChange({ id: suggestion.id, name: suggestion.name });
        }}
        escapeWhenClosed="pass"
      />
    </div>
  );
}
