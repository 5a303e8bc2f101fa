import { Popover } from '@/app/lib/Popover';
import { RovingToolbar } from '@/app/lib/RovingToolbar';
import { LAYOUT_LABELS, LAYOUT_NAMES, isLayoutName } from '@/app/explorer/layout/layouts';
import type { LayoutName } from '@/app/explorer/layout/layouts';

interface ToolbarProps {
  /** Nothing on the canvas: only "Reset to overview" makes sense. */
  empty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  layout: LayoutName;
  /** How many elements are hidden (one by one or by type), for "Show hidden". */
  hiddenCount: number;
  /** The table view is shown over the canvas. */
  showTable: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onLayoutChange: (layout: LayoutName) => void;
  onRelayout: () => void;
  onFit: () => void;
  onShowHidden: () => void;
  onClearCanvas: () => void;
  onReset: () => void;
  onShowTable: (show: boolean) => void;
  onFindPath: () => void;
}

/**
 * Canvas commands. Text labels rather than bare icons: a newsroom tool should not need a tooltip tour.
 * One row at 1280 pixels: the rarer commands (show hidden, clear, reset) sit in the "More" menu; on
 * narrower screens the bar wraps instead of scrolling sideways.
 */
export function Toolbar(props: ToolbarProps) {
  const { empty } = props;
  // One Tab stop for the whole bar (the arrow keys move inside it): the canvas is a few Tabs away.
  return (
    <RovingToolbar className="toolbar" label="Canvas">
      <span className="toolbar-group">
        <button type="button" onClick={props.onUndo} disabled={!props.canUndo} aria-keyshortcuts="Control+Z">
          Undo
        </button>
        <button
          type="button"
          onClick={props.onRedo}
          disabled={!props.canRedo}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          Redo
        </button>
      </span>
      <span className="toolbar-group">
        <label
          className="toolbar-select"
          title="Layout: force, concentric by degree, tree from the selection, circle or grid"
        >
          <span className="toolbar-label">Layout</span>
          <select
            value={props.layout}
            onChange={(e) => {
              if (isLayoutName(e.target.value)) props.onLayoutChange(e.target.value);
            }}
            disabled={empty}
            data-testid="layout-select"
          >
            {LAYOUT_NAMES.map((name) => (
              <option key={name} value={name}>
                {LAYOUT_LABELS[name]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={props.onRelayout} disabled={empty}>
          Re-run layout
        </button>
        <button type="button" onClick={props.onFit} disabled={empty}>
          Fit to view
        </button>
      </span>
      <span className="toolbar-group">
        {/* The rarer commands, behind one button: the bar keeps one row on a 1280-pixel screen. */}
        <Popover
          label={props.hiddenCount > 0 ? `More (${props.hiddenCount} hidden)` : 'More'}
          title="More canvas commands"
          testId="toolbar-more"
          closeOnAction
        >
          <button type="button" onClick={props.onShowHidden} disabled={props.hiddenCount === 0}>
            Show hidden{props.hiddenCount > 0 ? ` (${props.hiddenCount})` : ''}
          </button>
          <button type="button" onClick={props.onClearCanvas} disabled={empty}>
            Clear canvas
          </button>
          <button type="button" onClick={props.onReset}>
            Reset to overview
          </button>
        </Popover>
      </span>
      <span className="toolbar-group">
        <button type="button" onClick={props.onFindPath} aria-keyshortcuts="[ ]">
          Find path
        </button>
      </span>
      <span className="toolbar-group" role="group" aria-label="Show the canvas as">
        <button type="button" aria-pressed={!props.showTable} onClick={() => props.onShowTable(false)}>
          Canvas
        </button>
        <button
          type="button"
          aria-pressed={props.showTable}
          onClick={() => props.onShowTable(true)}
          aria-keyshortcuts="T"
        >
          Table
        </button>
      </span>
    </RovingToolbar>
  );
}
