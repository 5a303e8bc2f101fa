'use client';

import type { EntitySummary, RelationView } from '@/app/lib/queries';
import type { NodeMenuAction } from '@/app/explorer/canvas/ContextMenu';
import { RovingToolbar } from '@/app/lib/RovingToolbar';
import { EdgeDetails } from './EdgeDetails';
import { NodeDetails } from './NodeDetails';
import './details.css';

/** What the details panel shows: nothing, an entity, or a relation. */
export type Selection =
  { kind: 'none' } | { kind: 'node'; id: string } | { kind: 'edge'; relation: RelationView };

interface DetailsPanelProps {
  selection: Selection;
  /** The entity as drawn on the canvas, shown while its details load. */
  summary: EntitySummary | undefined;
  expanding: boolean;
  onSelectNode: (id: string) => void;
  onSelectRelation: (relation: RelationView) => void;
  onExpand: (entity: Pick<EntitySummary, 'id' | 'name'>) => void;
  /** How many elements are selected: the panel shows the last one. */
  selectedCount: number;
  /** Whether the entity shown is pinned. */
  pinned: boolean;
  /** The right-click menu's actions, as buttons (the keyboard's way to them). */
  onNodeAction: (id: string, action: NodeMenuAction) => void;
  /** Something else beside the panel is to be read (the path finder): no help text when nothing is selected. */
  quiet?: boolean;
}

/** The right-hand panel: the selected entity or relation with its evidence, or how to get started. */
export function DetailsPanel(props: DetailsPanelProps) {
  const { selection } = props;
  return (
    // tabIndex: the panel scrolls (more so under the path finder), and keyboard users must be able to
    // scroll it even when it holds nothing focusable (the introduction): axe's scrollable-region-focusable.
    <aside className="panel" aria-labelledby="panel-heading" data-testid="details-panel" tabIndex={0}>
      {selection.kind === 'none' && (props.quiet === true ? <QuietIntroduction /> : <Introduction />)}
      {props.selectedCount > 1 && (
        <p className="panel-multi" data-testid="multi-selection">
          {props.selectedCount} selected; showing the last one.
        </p>
      )}
      {selection.kind === 'node' && (
        <NodeActions id={selection.id} pinned={props.pinned} onAction={props.onNodeAction} />
      )}
      {selection.kind === 'node' && (
        <NodeDetails
          key={selection.id}
          id={selection.id}
          summary={props.summary}
          expanding={props.expanding}
          onExpand={props.onExpand}
          onSelectRelation={props.onSelectRelation}
        />
      )}
      {selection.kind === 'edge' && (
        <EdgeDetails
          key={selection.relation.id}
          relation={selection.relation}
          onSelectNode={props.onSelectNode}
        />
      )}
    </aside>
  );
}

const NODE_ACTIONS: readonly { action: NodeMenuAction; label: string }[] = [
  { action: 'pathFrom', label: 'Path from here' },
  { action: 'pathTo', label: 'Path to here' },
  { action: 'hide', label: 'Hide' },
  { action: 'remove', label: 'Remove' },
  { action: 'pin', label: 'Pin' },
];

/** The canvas actions on the entity shown, the same as its right-click menu. */
function NodeActions({
  id,
  pinned,
  onAction,
}: {
  id: string;
  pinned: boolean;
  onAction: (id: string, action: NodeMenuAction) => void;
}) {
  return (
    <RovingToolbar className="node-actions" label="Entity on the canvas" testId="node-actions">
      {NODE_ACTIONS.map(({ action, label }) => (
        <button
          key={action}
          type="button"
          onClick={() => onAction(id, action)}
          {...(action === 'pin' ? { 'aria-pressed': pinned } : {})}
        >
          {label}
        </button>
      ))}
    </RovingToolbar>
  );
}

/** Only the panel's heading and one line: the room goes to the path finder above. */
function QuietIntroduction() {
  return (
    <div className="panel-intro panel-intro-quiet">
      <h2 id="panel-heading" className="panel-title">
        Details
      </h2>
      <p>Select a hop, an entity or a relation to read its evidence here.</p>
    </div>
  );
}

function Introduction() {
  return (
    <div className="panel-intro">
      <h2 id="panel-heading" className="panel-title">
        Details
      </h2>
      <p>
        Every entity and relation on the canvas was read from a sentence of a news article. Select one to see
        that sentence in the article.
      </p>
      <ul className="panel-tips">
        <li>
          <strong>Click</strong> an entity or a relation to open it here.
        </li>
        <li>
          <strong>Double-click</strong> an entity, or use <em>Expand neighbours</em>, to draw what it is
          connected to.
        </li>
        <li>
          <strong>Shift-click</strong> to add to the selection, or <strong>Shift-drag</strong> a box;{' '}
          <strong>right-click</strong> an entity for more.
        </li>
        <li>
          <strong>Search</strong> above to add any entity in the graph.
        </li>
      </ul>
    </div>
  );
}
