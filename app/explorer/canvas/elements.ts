import type { EdgeDefinition, ElementDefinition, NodeDefinition } from 'cytoscape';
import type { CanvasGraph } from '@/app/lib/graph-data';
import type { EntitySummary, RelationView } from '@/app/lib/queries';
import { entityTypeStyle, relationTypeStyle } from '@/app/lib/type-style';

/**
 * Domain → Cytoscape: the one place that decides what data each drawn element carries. The stylesheet
 * (`cytoscape-style.ts`) maps these data fields to visuals, so everything here is plain and testable.
 */

const MIN_NODE_SIZE = 26;
const MAX_NODE_SIZE = 76;

/**
 * Node diameter in model pixels for a degree. Square-root growth keeps hubs visible without letting one
 * well-connected entity swallow the canvas.
 */
export function nodeSize(degree: number): number {
  const size = MIN_NODE_SIZE + 9 * Math.sqrt(Math.max(0, degree));
  return Math.round(Math.min(MAX_NODE_SIZE, size));
}

export function toNodeElement(entity: EntitySummary): NodeDefinition {
  const style = entityTypeStyle(entity.type);
  return {
    group: 'nodes',
    data: {
      id: entity.id,
      label: entity.name,
      type: entity.type,
      degree: entity.degree,
      size: nodeSize(entity.degree),
      color: style.color,
    },
  };
}

export function toEdgeElement(relation: RelationView): EdgeDefinition {
  const style = relationTypeStyle(relation.type);
  return {
    group: 'edges',
    data: {
      id: relation.id,
      source: relation.source.id,
      target: relation.target.id,
      label: relation.type,
      type: relation.type,
      color: style.color,
    },
  };
}

/** Every element of the canvas graph: nodes first, so an edge never arrives before its ends. */
export function toElements(graph: CanvasGraph): ElementDefinition[] {
  return [...[...graph.nodes.values()].map(toNodeElement), ...[...graph.edges.values()].map(toEdgeElement)];
}

export interface SyncPlan {
  /** Elements to add (nodes before edges). */
  add: ElementDefinition[];
  /** Ids of drawn elements that are no longer in the graph. */
  remove: string[];
  /** Elements already drawn whose data is refreshed in place (degree and size may change). */
  update: ElementDefinition[];
}

/**
 * What to change on a canvas that currently draws `drawnIds` so that it draws `next`: add the new, remove
 * the gone, refresh the rest. Expanding a node therefore adds a few elements instead of redrawing all.
 */
export function planSync(drawnIds: ReadonlySet<string>, next: readonly ElementDefinition[]): SyncPlan {
  const nextIds = new Set<string>();
  const add: ElementDefinition[] = [];
  const update: ElementDefinition[] = [];
  for (const element of next) {
    const id = String(element.data.id);
    nextIds.add(id);
    (drawnIds.has(id) ? update : add).push(element);
  }
  const remove = [...drawnIds].filter((id) => !nextIds.has(id));
  return { add, remove, update };
}
