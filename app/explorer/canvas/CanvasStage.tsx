'use client';

import type { Ref } from 'react';
import dynamic from 'next/dynamic';
import type { StylesheetJson } from 'cytoscape';
import type { RendererChoice } from './canvas-performance';
import { notDrawn } from '@/app/explorer/expansion/expansion';
import type { Neighbour, PendingExpansion } from '@/app/explorer/expansion/expansion';
import type { CanvasGraph } from '@/app/lib/graph-data';
import type { EntitySummary } from '@/app/lib/queries';
import type { ViewState } from '@/app/explorer/view/view-state';
import type { CanvasEditing } from './canvas-editing';
import { CanvasMessage } from './CanvasMessage';
import type { EmptyReason } from './CanvasMessage';
import { ContextMenu } from './ContextMenu';
import { ExpansionMore } from '@/app/explorer/expansion/ExpansionMore';
import { GraphCanvas } from './GraphCanvas';
import type {
  DrawnCounts,
  FocusRequest,
  GraphCanvasHandle,
  MenuRequest,
  RestoreRequest,
} from './GraphCanvas';
import type { Phase } from './use-canvas-requests';
import './canvas.css';

// The table view is not needed at first paint: it loads when first opened, keeping the page's first
// JavaScript small.
const TableView = dynamic(() => import('@/app/explorer/table/TableView').then((m) => m.TableView), {
  ssr: false,
});

type EntityRef = Pick<EntitySummary, 'id' | 'name'>;

interface CanvasStageProps {
  canvasRef: Ref<GraphCanvasHandle>;
  view: ViewState;
  /** The view's graph without what is hidden or filtered out. */
  visible: CanvasGraph;
  restore: RestoreRequest;
  focus: FocusRequest | null;
  stylesheet: StylesheetJson;
  canvasColor: string;
  renderer: RendererChoice;
  onDrawnChange: (drawn: DrawnCounts) => void;
  editing: CanvasEditing;
  expand: (entity: EntityRef) => void;
  /** Where the first load stands, for what an empty canvas says. */
  phase: Phase;
  reloadOverview: () => void;
  /** What the last capped expansion left out. */
  pending: PendingExpansion | null;
  onDismissPending: () => void;
  drawMore: (expansion: PendingExpansion, ids: readonly string[]) => void;
  expansionLimit: number;
  busy: boolean;
  /** The open context menu, if any. */
  menu: MenuRequest | null;
  onMenuChange: (menu: MenuRequest | null) => void;
  showTable: boolean;
  /** The selection as a set, for the table's rows. */
  selectedSet: ReadonlySet<string>;
}

/**
 * The canvas and what is drawn over it: the empty canvas's message, the rest of a capped expansion, a
 * node's context menu, and the table view.
 */
export function CanvasStage({ canvasRef, ...props }: CanvasStageProps) {
  const { view, visible, editing, expand, pending, menu, onMenuChange } = props;
  const remaining: Neighbour[] =
    pending === null ? [] : notDrawn(pending.neighbours, new Set(view.graph.nodes.keys()));
  const menuEntity = menu === null ? undefined : view.graph.nodes.get(menu.id);
  const step = props.expansionLimit;

  return (
    <div className="canvas-stage">
      <GraphCanvas
        ref={canvasRef}
        graph={visible}
        selectedIds={view.selection}
        pinned={view.pinned}
        pathIds={view.pathIds}
        layout={view.layout}
        restore={props.restore}
        focus={props.focus}
        stylesheet={props.stylesheet}
        canvasColor={props.canvasColor}
        renderer={props.renderer}
        onDrawnChange={props.onDrawnChange}
        onSelectionChange={editing.selectionFromCanvas}
        onExpand={(id) => expand({ id, name: view.graph.nodes.get(id)?.name ?? id })}
        onContextMenu={(request) => {
          if (!view.selection.includes(request.id)) editing.select([request.id]);
          onMenuChange(request);
        }}
      />
      {view.graph.nodes.size === 0 && (
        <CanvasMessage reason={emptyReason(props.phase)} onReload={props.reloadOverview} />
      )}
      {pending !== null && remaining.length > 0 && (
        <ExpansionMore
          aroundName={pending.around.name}
          remaining={remaining}
          step={step}
          busy={props.busy}
          onShowMore={() =>
            props.drawMore(
              pending,
              remaining.slice(0, step).map((n) => n.entity.id),
            )
          }
          onDrawPicked={(ids) => props.drawMore(pending, ids)}
          onDismiss={props.onDismissPending}
        />
      )}
      {menu !== null && menuEntity !== undefined && (
        <ContextMenu
          name={menuEntity.name}
          pinned={view.pinned.has(menu.id)}
          x={menu.x}
          y={menu.y}
          onAction={(action) => editing.nodeAction(menu.id, action)}
          onClose={() => onMenuChange(null)}
        />
      )}
      {props.showTable && (
        <div className="table-overlay">
          <TableView
            nodes={[...visible.nodes.values()]}
            edges={[...visible.edges.values()]}
            selectedIds={props.selectedSet}
            onSelect={(id, _kind, additive) =>
              editing.select(
                additive
                  ? view.selection.includes(id)
                    ? view.selection.filter((s) => s !== id)
                    : [...view.selection, id]
                  : [id],
              )
            }
          />
        </div>
      )}
    </div>
  );
}

function emptyReason(phase: Phase): EmptyReason {
  return phase === 'ready' ? 'cleared' : phase;
}
