/**
 * Where a node appears before the layout moves it. New nodes start beside the drawn entities they are
 * connected to, so an incremental layout only has to nudge them (and the reader sees neighbours grow out
 * of the node they expanded) instead of flying in from the origin.
 */

export interface Position {
  x: number;
  y: number;
}

export interface EdgeEnds {
  source: string;
  target: string;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Starting positions for `newIds`: around the centroid of each node's already-drawn neighbours, spread on
 * a sunflower spiral so siblings do not start on top of each other; around `fallback` when a node has no
 * drawn neighbour. Deterministic: the same input gives the same positions.
 */
export function placeNewNodes(
  newIds: readonly string[],
  edges: readonly EdgeEnds[],
  drawn: ReadonlyMap<string, Position>,
  fallback: Position,
  spacing = 60,
): Map<string, Position> {
  const placed = new Map<string, Position>();
  const siblingsAround = new Map<string, number>();
  for (const id of newIds) {
    const anchors: Position[] = [];
    for (const edge of edges) {
      const other = edge.source === id ? edge.target : edge.target === id ? edge.source : undefined;
      const at = other === undefined ? undefined : drawn.get(other);
      if (at !== undefined) anchors.push(at);
    }
    const centre = anchors.length === 0 ? fallback : centroid(anchors);
    const key = `${Math.round(centre.x)},${Math.round(centre.y)}`;
    const index = siblingsAround.get(key) ?? 0;
    siblingsAround.set(key, index + 1);
    const radius = spacing * Math.sqrt(index + 1);
    const angle = index * GOLDEN_ANGLE;
    placed.set(id, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  }
  return placed;
}

function centroid(points: readonly Position[]): Position {
  const sum = points.reduce((acc, p) => ({ x: acc.x + p.x, y: acc.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}
