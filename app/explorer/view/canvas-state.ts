import { UnreachableCaseError } from '@/graph/errors';
import { EMPTY_GRAPH, graphFromSubgraph, growth, mergeSubgraph } from '@/app/lib/graph-data';
import type { CanvasGraph } from '@/app/lib/graph-data';
import type { SubgraphView } from '@/app/lib/queries';

/**
 * The canvas's contents and the one-line note about the last change to them ("Added 6 entities around
 * Nayib Bukele"), as a reducer so that concurrent loads merge in order and the note is computed from the
 * graph it describes.
 */
export interface CanvasState {
  graph: CanvasGraph;
  note: string | null;
}

export type CanvasAction =
  /** Replace everything (first load, "reset to overview"). */
  | { type: 'replace'; subgraph: SubgraphView }
  /** Add a neighbourhood around `around` (a name, for the note). */
  | { type: 'expand'; subgraph: SubgraphView; around: string }
  /** Add a subgraph quietly (a relation picked in the panel). */
  | { type: 'merge'; subgraph: SubgraphView }
  /** Remove everything, to start again from one entity. */
  | { type: 'clear' };

export const INITIAL_CANVAS: CanvasState = { graph: EMPTY_GRAPH, note: null };

export function canvasReducer(state: CanvasState, action: CanvasAction): CanvasState {
  switch (action.type) {
    case 'replace':
      return { graph: graphFromSubgraph(action.subgraph), note: null };
    case 'expand': {
      const graph = mergeSubgraph(state.graph, action.subgraph);
      return { graph, note: describeGrowth(action.around, growth(state.graph, graph)) };
    }
    case 'merge':
      return { graph: mergeSubgraph(state.graph, action.subgraph), note: state.note };
    case 'clear':
      return INITIAL_CANVAS;
    default:
      throw new UnreachableCaseError(action);
  }
}

/** "Added 3 entities and 4 relations around Nayib Bukele", or that everything was already there. */
export function describeGrowth(name: string, added: { nodes: number; edges: number }): string {
  if (added.nodes <= 0 && added.edges <= 0) return `${name} and its neighbours are all on the canvas`;
  const parts: string[] = [];
  if (added.nodes > 0) parts.push(`${added.nodes} ${added.nodes === 1 ? 'entity' : 'entities'}`);
  if (added.edges > 0) parts.push(`${added.edges} ${added.edges === 1 ? 'relation' : 'relations'}`);
  return `Added ${parts.join(' and ')} around ${name}`;
}
