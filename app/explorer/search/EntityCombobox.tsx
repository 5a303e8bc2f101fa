'use client';

import { humanizeType } from '@/app/lib/type-style';
import { TypeSwatch } from '@/app/lib/TypeSwatch';
import { Combobox } from './Combobox';
import { useEntitySuggestions } from './use-entity-suggestions';
import type { Suggestion } from './use-entity-suggestions';

interface EntityComboboxProps {
  /** The base of the ids of the input (`${id}-input`, for its label), the list, its options and the hint. */
  id: string;
  inputClassName: string;
  placeholder: string;
  listLabel: string;
  text: string;
  onType(text: string): void;
  onChoose(suggestion: Suggestion): void;
  /** What Escape does on a closed list: see Combobox. */
  escapeWhenClosed: 'clear' | 'pass';
}

/** An entity input (the search box's names mode, the path finder's ends): each suggestion with its type. */
export function EntityCombobox(props: EntityComboboxProps) {
  return (
    <Combobox
      {...props}
      source={useEntitySuggestions()}
      keyOf={(s) => s.id}
      noun="entity"
      renderOption={(s) => (
        <>
          <TypeSwatch type={s.type} />
          <span className="search-option-name">{s.name}</span>
          <span className="search-option-type">{humanizeType(s.type)}</span>
        </>
      )}
    />
  );
}
