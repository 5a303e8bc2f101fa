import type { CanvasGraph } from '@/app/lib/graph-data';
import type { Position } from '@/app/explorer/layout/placement';

/**
 * Moving around the canvas with the arrow keys: from the selected entity to the neighbour that lies in
 * the arrow's direction as drawn (the closest one within a 90° cone around it). Where no neighbour lies
 * that way, the closest entity that does is taken instead, so every part of a drawing can be reached.
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Readonly<Record<Direction, Position>> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  // Screen coordinates: y grows downwards.
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/** How far `to` is from `from` along `direction`, or undefined when it is outside the 90° cone. */
function costAlong(from: Position, to: Position, direction: Direction): number | undefined {
  const { x, y } = VECTORS[direction];
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const along = dx * x + dy * y;
  const across = Math.abs(dx * y - dy * x);
  if (along <= 0 || across > along) return undefined;
  // Straight ahead is preferred over the same distance off to the side.
  return Math.hypot(dx, dy) + across;
}

function closestAlong(
  from: Position,
  candidates: Iterable<string>,
  positions: ReadonlyMap<string, Position>,
  direction: Direction,
): string | undefined {
  let best: { id: string; cost: number } | undefined;
  for (const id of candidates) {
    const at = positions.get(id);
    if (at === undefined) continue;
    const cost = costAlong(from, at, direction);
    if (cost !== undefined && (best === undefined || cost < best.cost)) best = { id, cost };
  }
  return best?.id;
}

/** The ids of the drawn entities one relation away from `id`. */
function neighboursOf(graph: CanvasGraph, id: string): Set<string> {
  const neighbours = new Set<string>();
  for (const edge of graph.edges.values()) {
    if (edge.source.id === id && graph.nodes.has(edge.target.id)) neighbours.add(edge.target.id);
    if (edge.target.id === id && graph.nodes.has(edge.source.id)) neighbours.add(edge.source.id);
  }
  neighbours.delete(id);
  return neighbours;
}

/**
 * The entity the arrow key moves to from `fromId`: a neighbour in that direction, else any drawn entity
 * in that direction, else undefined (the selection stays). With nothing selected, the most connected
 * entity on the canvas is where the keyboard starts.
 */
export function entityInDirection(
  graph: CanvasGraph,
  positions: ReadonlyMap<string, Position>,
  fromId: string | null,
  direction: Direction,
): string | undefined {
  const from = fromId === null ? undefined : positions.get(fromId);
  if (fromId === null || from === undefined || !graph.nodes.has(fromId)) return startingEntity(graph);
  return (
    closestAlong(from, neighboursOf(graph, fromId), positions, direction) ??
    closestAlong(
      from,
      [...graph.nodes.keys()].filter((id) => id !== fromId),
      positions,
      direction,
    )
  );
}

/** The most connected drawn entity (the first of them in drawing order on a tie). */
function startingEntity(graph: CanvasGraph): string | undefined {
  let best: { id: string; degree: number } | undefined;
  for (const node of graph.nodes.values()) {
    if (best === undefined || node.degree > best.degree) best = { id: node.id, degree: node.degree };
  }
  return best?.id;
}

/** The canvas's element (it takes the focus, so the shortcuts act on its selection). */
const CANVAS_SELECTOR = '[data-testid="graph-canvas"]';

/** Moves the focus to the canvas, as after a search result is chosen. */
export function focusCanvas(): void {
  document.querySelector<HTMLElement>(CANVAS_SELECTOR)?.focus({ preventScroll: true });
}
