import type { EntitySummary, RelationView, SubgraphView } from './queries';

/**
 * What is on the canvas, as data: the entities and relations drawn, keyed by id. The page keeps this and
 * the canvas mirrors it, so panels, the legend and the status line read the same truth the drawing shows.
 * Values are immutable; every operation returns a new graph.
 */
export interface CanvasGraph {
  readonly nodes: ReadonlyMap<string, EntitySummary>;
  readonly edges: ReadonlyMap<string, RelationView>;
  /** True when the last subgraph drawn or merged was cut short by a limit. */
  readonly truncated: boolean;
}

export const EMPTY_GRAPH: CanvasGraph = { nodes: new Map(), edges: new Map(), truncated: false };

/** A graph holding exactly `subgraph` (what "reset to overview" draws). */
export function graphFromSubgraph(subgraph: SubgraphView): CanvasGraph {
  return mergeSubgraph(EMPTY_GRAPH, subgraph);
}

/**
 * Adds a subgraph to the canvas graph: new entities and relations are added, known ones are refreshed
 * (their degree may have changed since they were drawn). A relation whose ends are not both on the
 * canvas afterwards is left out: Cytoscape cannot draw an edge to nowhere.
 */
export function mergeSubgraph(graph: CanvasGraph, subgraph: SubgraphView): CanvasGraph {
  const nodes = new Map(graph.nodes);
  for (const node of subgraph.nodes) nodes.set(node.id, node);
  const edges = new Map(graph.edges);
  for (const edge of subgraph.edges) {
    if (nodes.has(edge.source.id) && nodes.has(edge.target.id)) edges.set(edge.id, edge);
  }
  return { nodes, edges, truncated: subgraph.truncated };
}

/** How many more entities and relations `after` has than `before`. */
export function growth(before: CanvasGraph, after: CanvasGraph): { nodes: number; edges: number } {
  return { nodes: after.nodes.size - before.nodes.size, edges: after.edges.size - before.edges.size };
}

export interface TypeCount {
  type: string;
  count: number;
}

/** Entity types on the canvas with their counts: most common first, then by name. */
export function entityTypeCounts(graph: CanvasGraph): TypeCount[] {
  return countBy([...graph.nodes.values()].map((n) => n.type));
}

/** Relation types on the canvas with their counts: most common first, then by name. */
export function relationTypeCounts(graph: CanvasGraph): TypeCount[] {
  return countBy([...graph.edges.values()].map((e) => e.type));
}

function countBy(types: readonly string[]): TypeCount[] {
  const counts = new Map<string, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}
