'use client';

import dynamic from 'next/dynamic';
import type { EntitySummary, RelationView, SubgraphView } from '@/app/lib/queries';
import type { DrawnPath } from '@/app/explorer/path/path-chain';
import type { ViewState } from '@/app/explorer/view/view-state';
import type { CanvasEditing, PathEnds } from '@/app/explorer/canvas/canvas-editing';
import { DetailsPanel } from '@/app/explorer/details/DetailsPanel';
import type { Selection } from '@/app/explorer/details/DetailsPanel';
import './panels.css';

// The path finder is not needed at first paint: it loads when first opened, keeping the page's first
// JavaScript small.
const PathFinder = dynamic(() => import('@/app/explorer/path/PathFinder').then((m) => m.PathFinder), {
  ssr: false,
});

type EntityRef = Pick<EntitySummary, 'id' | 'name'>;

interface SidePanelsProps {
  view: ViewState;
  /** The path finder's ends while it is open, null when it is closed. */
  pathEnds: PathEnds | null;
  onPathEndsChange: (ends: PathEnds | null) => void;
  selection: Selection;
  /** An expansion or a load is running. */
  busy: boolean;
  editing: CanvasEditing;
  expand: (entity: EntityRef, then?: 'select') => void;
  /** The path drawn on the canvas, with its hops. */
  drawnPath: DrawnPath | null;
  drawPath: (path: SubgraphView, from: string) => void;
  showRelation: (relation: RelationView) => void;
}

/** The column beside the canvas: the path finder while it is open, and the details of the selection. */
export function SidePanels(props: SidePanelsProps) {
  const { view, pathEnds, onPathEndsChange, selection, editing, expand, showRelation } = props;
  return (
    <div className="side-column">
      {pathEnds !== null && (
        <PathFinder
          from={pathEnds.from}
          to={pathEnds.to}
          onChangeEnds={(from, to) => onPathEndsChange({ from, to })}
          hiddenEntityTypes={[...view.hiddenEntityTypes]}
          hiddenRelationTypes={[...view.hiddenRelationTypes]}
          drawnPath={props.drawnPath}
          onPath={props.drawPath}
          onNoPath={() => undefined}
          onSelectRelation={showRelation}
          onClose={() => onPathEndsChange(null)}
        />
      )}
      <DetailsPanel
        selection={selection}
        summary={selection.kind === 'node' ? view.graph.nodes.get(selection.id) : undefined}
        expanding={props.busy}
        selectedCount={view.selection.length}
        // With the path finder open and nothing selected, its hops are what to read: no help text under them.
        quiet={pathEnds !== null}
        pinned={selection.kind === 'node' && view.pinned.has(selection.id)}
        onNodeAction={editing.nodeAction}
        onSelectNode={(id) => {
          if (view.graph.nodes.has(id)) editing.select([id]);
          else expand({ id, name: id }, 'select');
        }}
        onSelectRelation={showRelation}
        onExpand={(entity) => expand(entity)}
      />
    </div>
  );
}
