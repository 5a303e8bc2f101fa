import type { SubgraphView } from '@/app/lib/queries';

/**
 * Cutting a subgraph down to what the reader agreed to draw ("Draw the first K" in the draw warning).
 * Entities already on the canvas always stay (they cost nothing); of the new ones, the first `count` in
 * the order the API sent them; relations only where both ends remain.
 */
export function newEntityCount(subgraph: SubgraphView, onCanvas: ReadonlySet<string>): number {
  return subgraph.nodes.filter((n) => !onCanvas.has(n.id)).length;
}

export function firstNewEntities(
  subgraph: SubgraphView,
  onCanvas: ReadonlySet<string>,
  count: number,
): SubgraphView {
  let room = Math.max(0, count);
  const nodes = subgraph.nodes.filter((n) => {
    if (onCanvas.has(n.id)) return true;
    if (room === 0) return false;
    room -= 1;
    return true;
  });
  const kept = new Set(nodes.map((n) => n.id));
  const edges = subgraph.edges.filter((e) => kept.has(e.source.id) && kept.has(e.target.id));
  const truncated = subgraph.truncated || nodes.length < subgraph.nodes.length;
  return { nodes, edges, truncated };
}
