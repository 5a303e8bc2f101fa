interface SelectionBarProps {
  /** Selected entities and relations. */
  count: number;
  /** Selected entities (only they can be pinned or expanded). */
  entityCount: number;
  /** Every selected entity is pinned already: the button unpins. */
  allPinned: boolean;
  onHide: () => void;
  onRemove: () => void;
  onTogglePin: () => void;
  onClear: () => void;
}

/** What can be done with the selection, however it was made (click, shift-click, a box, the table). */
export function SelectionBar(props: SelectionBarProps) {
  const none = props.count === 0;
  return (
    <div className="toolbar selection-bar" role="toolbar" aria-label="Selection" data-testid="selection-bar">
      <span className="selection-count" data-count={props.count} data-entities={props.entityCount}>
        {props.count === 0 ? 'Nothing selected' : `${props.count} selected`}
      </span>
      <button type="button" onClick={props.onHide} disabled={none} aria-keyshortcuts="H">
        Hide
      </button>
      <button type="button" onClick={props.onRemove} disabled={none} aria-keyshortcuts="Delete">
        Remove
      </button>
      <button
        type="button"
        onClick={props.onTogglePin}
        disabled={props.entityCount === 0}
        aria-pressed={props.entityCount > 0 && props.allPinned}
        aria-keyshortcuts="P"
      >
        Pin
      </button>
      <button type="button" onClick={props.onClear} disabled={none}>
        Clear selection
      </button>
    </div>
  );
}
