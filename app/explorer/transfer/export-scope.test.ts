import { describe, expect, it } from 'vitest';
import { graphFromSubgraph } from '@/app/lib/graph-data';
import { scopeIds, scopeLabel } from './export-scope';
import type { RelationView } from '@/app/lib/queries';

const relation: RelationView = {
  id: 'a-said-b',
  type: 'SAID',
  statement: null,
  role: null,
  documentIds: [],
  source: { id: 'a', name: 'A', type: 'Person' },
  target: { id: 'b', name: 'B', type: 'Person' },
};
const graph = graphFromSubgraph({
  nodes: ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase(), type: 'Person', degree: 1 })),
  edges: [relation],
  truncated: false,
});

describe('scopeIds', () => {
  it('covers every entity on the canvas for the canvas scope, whatever is selected', () => {
    expect(scopeIds(graph, 'canvas', { kind: 'node', id: 'a' })).toEqual(['a', 'b', 'c']);
  });

  it('covers the selected entity alone', () => {
    expect(scopeIds(graph, 'selection', { kind: 'node', id: 'c' })).toEqual(['c']);
  });

  it('covers both ends of a selected relation (once for a loop)', () => {
    expect(scopeIds(graph, 'selection', { kind: 'edge', relation })).toEqual(['a', 'b']);
    const loop = { ...relation, target: relation.source };
    expect(scopeIds(graph, 'selection', { kind: 'edge', relation: loop })).toEqual(['a']);
  });

  it('covers nothing when the selection scope has nothing selected', () => {
    expect(scopeIds(graph, 'selection', { kind: 'none' })).toEqual([]);
  });
});

describe('scopeLabel', () => {
  it('names the file after the canvas, the selected entity or the selected relation', () => {
    expect(scopeLabel('canvas', { kind: 'node', id: 'a' })).toBe('canvas');
    expect(scopeLabel('selection', { kind: 'node', id: 'a' })).toBe('a');
    expect(scopeLabel('selection', { kind: 'edge', relation })).toBe('a-said-b');
  });
});
