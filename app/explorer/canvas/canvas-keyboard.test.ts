import { describe, expect, it } from 'vitest';
import type { CanvasGraph } from '@/app/lib/graph-data';
import type { EntitySummary, RelationView } from '@/app/lib/queries';
import { entityInDirection } from './canvas-keyboard';

const entity = (id: string, degree = 1): EntitySummary => ({ id, name: id, type: 'Person', degree });
const relation = (source: string, target: string): RelationView => ({
  id: `${source}-${target}`,
  type: 'SAID',
  source: entity(source),
  target: entity(target),
  statement: null,
  role: null,
  documentIds: [],
});

// centre with neighbours left, right (far) and above; `stranger` below, not connected; `near` right and
// close, but not a neighbour.
const graph: CanvasGraph = {
  nodes: new Map(
    ['centre', 'left', 'right', 'up', 'stranger', 'near'].map((id) => [
      id,
      entity(id, id === 'centre' ? 3 : 1),
    ]),
  ),
  edges: new Map(
    [relation('centre', 'left'), relation('right', 'centre'), relation('centre', 'up')].map((r) => [r.id, r]),
  ),
  truncated: false,
};
const positions = new Map([
  ['centre', { x: 0, y: 0 }],
  ['left', { x: -100, y: 10 }],
  ['right', { x: 300, y: -20 }],
  ['up', { x: 20, y: -100 }],
  ['stranger', { x: 0, y: 100 }],
  ['near', { x: 50, y: 0 }],
]);

describe('entityInDirection', () => {
  it('moves to the neighbour that lies in the arrow’s direction, either way along a relation', () => {
    expect(entityInDirection(graph, positions, 'centre', 'left')).toBe('left');
    expect(entityInDirection(graph, positions, 'centre', 'up')).toBe('up');
    // `near` is closer to the right but is not a neighbour: the neighbour wins.
    expect(entityInDirection(graph, positions, 'centre', 'right')).toBe('right');
  });

  it('falls back to the closest entity that way when no neighbour lies there', () => {
    expect(entityInDirection(graph, positions, 'centre', 'down')).toBe('stranger');
  });

  it('stays put when nothing lies that way', () => {
    expect(entityInDirection(graph, positions, 'left', 'left')).toBeUndefined();
  });

  it('starts from the most connected entity when nothing is selected', () => {
    expect(entityInDirection(graph, positions, null, 'right')).toBe('centre');
  });
});
