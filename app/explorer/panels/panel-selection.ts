import type { RelationView } from '@/app/lib/queries';
import type { ViewState } from '@/app/explorer/view/view-state';
import type { Selection } from '@/app/explorer/details/DetailsPanel';

/**
 * What the details panel shows: a relation picked in a panel while it is being drawn, else the last thing
 * selected on the canvas.
 */
export function panelSelectionOf(view: ViewState, panelRelation: RelationView | null): Selection {
  const primary = view.selection.at(-1);
  return panelRelation !== null
    ? { kind: 'edge', relation: panelRelation }
    : primary !== undefined && view.graph.nodes.has(primary)
      ? { kind: 'node', id: primary }
      : primary !== undefined && view.graph.edges.has(primary)
        ? { kind: 'edge', relation: view.graph.edges.get(primary) as RelationView }
        : { kind: 'none' };
}
