import { describe, expect, it } from 'vitest';
import { INITIAL_CANVAS, canvasReducer, describeGrowth } from './canvas-state';
import type { EntitySummary, RelationView, SubgraphView } from '@/app/lib/queries';

const entity = (id: string): EntitySummary => ({ id, name: id, type: 'Person', degree: 1 });
const relation = (id: string, source: EntitySummary, target: EntitySummary): RelationView => ({
  id,
  type: 'SAID',
  statement: null,
  role: null,
  documentIds: [],
  source,
  target,
});
const a = entity('a');
const b = entity('b');
const c = entity('c');
const sub = (nodes: EntitySummary[], edges: RelationView[] = []): SubgraphView => ({
  nodes,
  edges,
  truncated: false,
});

describe('canvasReducer', () => {
  it('replaces the canvas with an overview and clears the note', () => {
    const expanded = canvasReducer(INITIAL_CANVAS, { type: 'expand', subgraph: sub([a]), around: 'a' });
    const state = canvasReducer(expanded, { type: 'replace', subgraph: sub([b, c]) });
    expect([...state.graph.nodes.keys()]).toEqual(['b', 'c']);
    expect(state.note).toBeNull();
  });

  it('merges an expansion and says what it added', () => {
    const start = canvasReducer(INITIAL_CANVAS, { type: 'replace', subgraph: sub([a]) });
    const state = canvasReducer(start, {
      type: 'expand',
      subgraph: sub([a, b, c], [relation('r1', a, b), relation('r2', a, c)]),
      around: 'Nayib Bukele',
    });
    expect(state.graph.nodes.size).toBe(3);
    expect(state.note).toBe('Added 2 entities and 2 relations around Nayib Bukele');
  });

  it('says everything was already drawn when an expansion adds nothing new', () => {
    const start = canvasReducer(INITIAL_CANVAS, {
      type: 'replace',
      subgraph: sub([a, b], [relation('r1', a, b)]),
    });
    const state = canvasReducer(start, {
      type: 'expand',
      subgraph: sub([a, b], [relation('r1', a, b)]),
      around: 'a',
    });
    expect(state.graph).not.toBe(start.graph);
    expect(state.note).toBe('a and its neighbours are all on the canvas');
  });

  it('merges quietly, keeping the previous note', () => {
    const start = {
      ...canvasReducer(INITIAL_CANVAS, { type: 'replace', subgraph: sub([a]) }),
      note: 'earlier',
    };
    const state = canvasReducer(start, { type: 'merge', subgraph: sub([b], [relation('r1', a, b)]) });
    expect(state.graph.edges.has('r1')).toBe(true);
    expect(state.note).toBe('earlier');
  });
});

describe('canvasReducer › clear', () => {
  it('empties the canvas', () => {
    const start = canvasReducer(INITIAL_CANVAS, {
      type: 'replace',
      subgraph: sub([a, b], [relation('r1', a, b)]),
    });
    const state = canvasReducer(start, { type: 'clear' });
    expect(state.graph.nodes.size).toBe(0);
    expect(state.graph.edges.size).toBe(0);
    expect(state.note).toBeNull();
  });
});

describe('describeGrowth', () => {
  it('uses the singular for one', () => {
    expect(describeGrowth('CECOT', { nodes: 1, edges: 1 })).toBe(
      'Added 1 entity and 1 relation around CECOT',
    );
    expect(describeGrowth('CECOT', { nodes: 0, edges: 2 })).toBe('Added 2 relations around CECOT');
  });
});
