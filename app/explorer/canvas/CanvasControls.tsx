'use client';

import type { LayoutName } from '@/app/explorer/layout/layouts';
import type { ViewAction, ViewState } from '@/app/explorer/view/view-state';
import type { CanvasEditing } from './canvas-editing';
import { CanvasStatus } from './CanvasStatus';
import type { DrawnCounts } from './GraphCanvas';
import { SelectionBar } from './SelectionBar';
import { Toolbar } from './Toolbar';
import './canvas.css';

interface CanvasControlsProps {
  view: ViewState;
  canUndo: boolean;
  canRedo: boolean;
  showTable: boolean;
  onShowTable: (show: boolean) => void;
  change: (action: ViewAction) => void;
  undo: () => void;
  redo: () => void;
  relayout: () => void;
  fit: () => void;
  reloadOverview: () => void;
  onFindPath: () => void;
  editing: CanvasEditing;
  /** What Cytoscape holds, for the status line. */
  drawn: DrawnCounts;
  /** What is loading now, if anything. */
  busy: string | null;
}

/** The bars above the canvas: the canvas commands, then the selection's commands and the status line. */
export function CanvasControls(props: CanvasControlsProps) {
  const { view, change, editing } = props;
  return (
    <>
      <div className="canvas-bar">
        <Toolbar
          empty={view.graph.nodes.size === 0}
          canUndo={props.canUndo}
          canRedo={props.canRedo}
          layout={view.layout}
          hiddenCount={view.hiddenIds.size}
          showTable={props.showTable}
          onUndo={props.undo}
          onRedo={props.redo}
          onLayoutChange={(layout: LayoutName) => change({ type: 'setLayout', layout })}
          onRelayout={props.relayout}
          onFit={props.fit}
          onShowHidden={() => change({ type: 'show' })}
          onClearCanvas={editing.clearCanvas}
          onReset={props.reloadOverview}
          onShowTable={props.onShowTable}
          onFindPath={props.onFindPath}
        />
      </div>
      <div className="canvas-bar canvas-bar-secondary">
        <SelectionBar
          count={view.selection.length}
          entityCount={editing.selectedEntityIds.length}
          allPinned={editing.allPinned}
          onHide={() => change({ type: 'hide', ids: view.selection })}
          onRemove={() => change({ type: 'remove', ids: view.selection })}
          onTogglePin={() => editing.togglePin(view.selection)}
          onClear={() => editing.select([])}
        />
        <CanvasStatus drawn={props.drawn} truncated={view.graph.truncated} note={props.busy ?? view.note} />
      </div>
    </>
  );
}
