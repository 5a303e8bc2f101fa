import { describe, expect, it } from 'vitest';
import { firstNewEntities, newEntityCount } from './draw-limit';
import type { EntitySummary, RelationView, SubgraphView } from '@/app/lib/queries';

const e = (id: string): EntitySummary => ({ id, name: id, type: 'Person', degree: 1 });
const r = (id: string, s: string, t: string): RelationView => ({
  id,
  type: 'SAID',
  statement: null,
  role: null,
  documentIds: [],
  source: e(s),
  target: e(t),
});
const subgraph: SubgraphView = {
  nodes: [e('a'), e('b'), e('c'), e('d')],
  edges: [r('ab', 'a', 'b'), r('ac', 'a', 'c'), r('cd', 'c', 'd')],
  truncated: false,
};

describe('draw limit', () => {
  it('counts only the entities not on the canvas yet', () => {
    expect(newEntityCount(subgraph, new Set(['a', 'x']))).toBe(3);
  });

  it('keeps the entities already drawn and the first new ones, with the relations among them', () => {
    const cut = firstNewEntities(subgraph, new Set(['a']), 1);
    expect(cut.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(cut.edges.map((x) => x.id)).toEqual(['ab']);
    expect(cut.truncated).toBe(true);
    expect(firstNewEntities(subgraph, new Set(), 10)).toEqual(subgraph);
  });
});
