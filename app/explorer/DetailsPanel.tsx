'use client';

import type { EntitySummary, RelationView } from '@/app/lib/queries';
import { EdgeDetails } from './EdgeDetails';
import { NodeDetails } from './NodeDetails';

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
}

/** The right-hand panel: the selected entity or relation with its evidence, or how to get started. */
export function DetailsPanel(props: DetailsPanelProps) {
  const { selection } = props;
  return (
    <aside className="panel" aria-labelledby="panel-heading" data-testid="details-panel">
      {selection.kind === 'none' && <Introduction />}
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
          <strong>Search</strong> above to add any entity in the graph.
        </li>
      </ul>
    </div>
  );
}
