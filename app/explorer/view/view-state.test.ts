import { describe, expect, it } from 'vitest';
import type { EntitySummary, RelationView, SubgraphView } from '@/app/lib/queries';
import { INITIAL_VIEW, isUndoableChange, viewReducer, visibleGraph } from './view-state';
import type { ViewAction, ViewState } from './view-state';

const entity = (id: string, type = 'Person'): EntitySummary => ({ id, name: id, type, degree: 1 });
const relation = (id: string, source: EntitySummary, target: EntitySummary, type = 'SAID'): RelationView => ({
  id,
  type,
  statement: null,
  role: null,
  documentIds: [],
  source,
  target,
});
const a = entity('a');
const b = entity('b', 'Country');
const c = entity('c');
const ab = relation('ab', a, b);
const ac = relation('ac', a, c, 'CRITICIZED');
const sub = (nodes: EntitySummary[], edges: RelationView[] = []): SubgraphView => ({
  nodes,
  edges,
  truncated: false,
});

function run(...actions: ViewAction[]): ViewState {
  return actions.reduce(viewReducer, INITIAL_VIEW);
}
const drawn = (state: ViewState) => ({
  nodes: [...visibleGraph(state).nodes.keys()],
  edges: [...visibleGraph(state).edges.keys()],
});

describe('viewReducer', () => {
  const abc: ViewAction = { type: 'replace', subgraph: sub([a, b, c], [ab, ac]) };

  it('removes an entity with its relations, and forgets it in the selection and pins', () => {
    const state = run(
      abc,
      { type: 'select', ids: ['a', 'b'] },
      { type: 'pin', positions: new Map([['a', { x: 1, y: 2 }]]) },
      { type: 'remove', ids: ['a'] },
    );
    expect([...state.graph.nodes.keys()]).toEqual(['b', 'c']);
    expect(state.graph.edges.size).toBe(0);
    expect(state.selection).toEqual(['b']);
    expect(state.pinned.size).toBe(0);
  });

  it('hides elements until they are shown again, even when an expansion brings them back', () => {
    const hidden = run(abc, { type: 'hide', ids: ['c'] });
    expect(drawn(hidden)).toEqual({ nodes: ['a', 'b'], edges: ['ab'] });
    const expanded = viewReducer(hidden, { type: 'expand', subgraph: sub([a, c], [ac]), around: 'a' });
    expect(drawn(expanded).nodes).toEqual(['a', 'b']);
    expect([...expanded.hiddenIds]).toEqual(['c']);
    expect(drawn(viewReducer(expanded, { type: 'show' })).nodes).toEqual(['a', 'b', 'c']);
  });

  it('filters entity and relation types, and keeps the filters across expansions and a clear', () => {
    const filtered = run(
      abc,
      { type: 'toggleEntityType', entityType: 'Country' },
      {
        type: 'toggleRelationType',
        relationType: 'CRITICIZED',
      },
    );
    expect(drawn(filtered)).toEqual({ nodes: ['a', 'c'], edges: [] });
    const d = entity('d', 'Country');
    const expanded = viewReducer(filtered, {
      type: 'expand',
      subgraph: sub([a, d], [relation('ad', a, d)]),
      around: 'a',
    });
    expect(drawn(expanded).nodes).toEqual(['a', 'c']);
    const cleared = viewReducer(expanded, { type: 'clear' });
    expect([...cleared.hiddenEntityTypes]).toEqual(['Country']);
    const back = viewReducer(expanded, { type: 'toggleEntityType', entityType: 'Country' });
    expect(drawn(back).nodes).toEqual(['a', 'b', 'c', 'd']);
  });

  it('says what an expansion added and how many neighbours it left out', () => {
    const state = run(
      { type: 'replace', subgraph: sub([a]) },
      {
        type: 'expand',
        subgraph: sub([a, b], [ab]),
        around: 'A',
        remaining: 7,
      },
    );
    expect(state.note).toBe('Added 1 entity and 1 relation around A · 7 more not drawn');
  });

  it('highlights a drawn path and shows its hidden elements', () => {
    const path = sub([a, b], [ab]);
    const state = run(
      abc,
      { type: 'hide', ids: ['b'] },
      { type: 'drawPath', subgraph: path, path, from: 'a' },
    );
    expect([...state.pathIds].sort()).toEqual(['a', 'ab', 'b']);
    expect(state.pathFrom).toBe('a');
    expect(drawn(state).nodes).toContain('b');
  });

  it('draws a path with the relations among it and the canvas, highlighting only the path', () => {
    const path = sub([a, b], [ab]);
    const state = run(
      { type: 'replace', subgraph: sub([c]) },
      { type: 'drawPath', subgraph: sub([a, b, c], [ab, ac]), path, from: 'b' },
    );
    expect(drawn(state).edges.sort()).toEqual(['ab', 'ac']);
    expect([...state.pathIds].sort()).toEqual(['a', 'ab', 'b']);
  });

  it('forgets the path when the entity it starts from is removed', () => {
    const path = sub([a, b], [ab]);
    const state = run(
      abc,
      { type: 'drawPath', subgraph: path, path, from: 'a' },
      { type: 'remove', ids: ['a'] },
    );
    expect(state.pathFrom).toBeNull();
    expect(state.pathIds.size).toBe(0);
  });

  it('keeps the same graph when an expansion adds nothing, so it is no undo step', () => {
    const state = run(abc);
    const again = viewReducer(state, { type: 'expand', subgraph: sub([a, b], [ab]), around: 'A' });
    expect(again.graph).toBe(state.graph);
    expect(again.note).toBe('A and its neighbours are all on the canvas');
    expect(isUndoableChange(state, again)).toBe(false);
  });

  it('returns the same state for changes that change nothing, so they never become undo steps', () => {
    const state = run(abc);
    expect(viewReducer(state, { type: 'remove', ids: ['zzz'] })).toBe(state);
    expect(viewReducer(state, { type: 'show' })).toBe(state);
    expect(viewReducer(state, { type: 'setLayout', layout: 'fcose' })).toBe(state);
    expect(viewReducer(state, { type: 'unpin', ids: ['a'] })).toBe(state);
  });

  it('selects only what is on the canvas, and selecting is not an undo step', () => {
    const before = run(abc);
    const state = viewReducer(before, { type: 'select', ids: ['ab', 'nope', 'c'] });
    expect(state.selection).toEqual(['ab', 'c']);
    expect(isUndoableChange(before, state)).toBe(false);
    expect(isUndoableChange(state, viewReducer(state, { type: 'hide', ids: ['c'] }))).toBe(true);
    expect(isUndoableChange(state, viewReducer(state, { type: 'toggleArticle', documentId: 'x' }))).toBe(
      true,
    );
  });

  it('opens a shared view with its filters, hidden elements, pins, selection and layout', () => {
    const state = run({
      type: 'open',
      subgraph: sub([a, b, c], [ab, ac]),
      settings: {
        hiddenIds: ['c', 'unknown'],
        pinned: new Map([['a', { x: 5, y: 6 }]]),
        hiddenEntityTypes: [],
        hiddenRelationTypes: ['SAID'],
        hiddenArticles: [],
        dateRange: { from: null, to: null },
        selection: ['b'],
        layout: 'grid',
        positions: new Map(),
        path: ['a', 'ab', 'b', 'gone'],
      },
    });
    expect([...state.hiddenIds]).toEqual(['c']);
    expect(state.pathFrom).toBe('a');
    expect([...state.pathIds].sort()).toEqual(['a', 'ab', 'b']);
    expect(state.pinned.get('a')).toEqual({ x: 5, y: 6 });
    expect(state.selection).toEqual(['b']);
    expect(state.layout).toBe('grid');
    expect(drawn(state)).toEqual({ nodes: ['a', 'b'], edges: [] });
  });

  describe('the article filter', () => {
    // ab is read from two articles, ac from the second alone; d has no relation on the canvas.
    const d = entity('d');
    const ab2 = { ...ab, documentIds: ['first', 'second'] };
    const ac2 = { ...ac, documentIds: ['second'] };
    const twoArticles: ViewAction = { type: 'replace', subgraph: sub([a, b, c, d], [ab2, ac2]) };
    const dates = new Map([
      ['first', '2025-03-16'],
      ['second', '2025-04-02'],
    ]);
    const drawnOn = (state: ViewState) => ({
      nodes: [...visibleGraph(state, dates).nodes.keys()],
      edges: [...visibleGraph(state, dates).edges.keys()],
    });

    it('hides relations read only from a switched-off article, and entities left with none', () => {
      const state = run(twoArticles, { type: 'toggleArticle', documentId: 'second' });
      expect(drawnOn(state)).toEqual({ nodes: ['a', 'b', 'd'], edges: ['ab'] });
      const both = viewReducer(state, { type: 'toggleArticle', documentId: 'first' });
      expect(drawnOn(both)).toEqual({ nodes: ['d'], edges: [] });
    });

    it('keeps only articles published inside the date range, either end open', () => {
      const march = run(twoArticles, { type: 'setDateRange', range: { from: null, to: '2025-03-31' } });
      expect(drawnOn(march).edges).toEqual(['ab']);
      const april = run(twoArticles, { type: 'setDateRange', range: { from: '2025-04-01', to: null } });
      expect(drawnOn(april).edges).toEqual(['ab', 'ac']);
      // An article whose date is not known is outside any range.
      expect([...visibleGraph(april, new Map()).edges.keys()]).toEqual([]);
    });

    it('survives clearing the canvas, and "show all" lifts it in one step', () => {
      const filtered = run(
        twoArticles,
        { type: 'toggleArticle', documentId: 'second' },
        { type: 'setDateRange', range: { from: '2025-01-01', to: null } },
        { type: 'clear' },
      );
      expect([...filtered.hiddenArticles]).toEqual(['second']);
      expect(filtered.dateRange.from).toBe('2025-01-01');
      const all = viewReducer(filtered, { type: 'showAllArticles' });
      expect([...all.hiddenArticles]).toEqual([]);
      expect(all.dateRange).toEqual({ from: null, to: null });
      expect(viewReducer(all, { type: 'showAllArticles' })).toBe(all);
    });
  });
});
