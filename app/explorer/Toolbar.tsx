interface ToolbarProps {
  disabled: boolean;
  hasSelection: boolean;
  onLayout: () => void;
  onFit: () => void;
  onClearSelection: () => void;
  onClearCanvas: () => void;
  onReset: () => void;
}

/** Canvas commands. Text labels rather than bare icons: a newsroom tool should not need a tooltip tour. */
export function Toolbar({
  disabled,
  hasSelection,
  onLayout,
  onFit,
  onClearSelection,
  onClearCanvas,
  onReset,
}: ToolbarProps) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Canvas">
      <button type="button" onClick={onLayout} disabled={disabled}>
        Re-run layout
      </button>
      <button type="button" onClick={onFit} disabled={disabled}>
        Fit to view
      </button>
      <button type="button" onClick={onClearSelection} disabled={disabled || !hasSelection}>
        Clear selection
      </button>
      <button type="button" onClick={onClearCanvas} disabled={disabled}>
        Clear canvas
      </button>
      <button type="button" onClick={onReset}>
        Reset to overview
      </button>
    </div>
  );
}
