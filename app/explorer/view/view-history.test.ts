import { describe, expect, it } from 'vitest';
import { canRedo } from './history';
import type { SubgraphView } from '@/app/lib/queries';
import { INITIAL_VIEW_HISTORY, viewHistoryReducer } from './view-history';
import type { ViewHistoryAction, ViewHistoryState } from './view-history';

const subgraph: SubgraphView = {
  nodes: [
    { id: 'a', name: 'A', type: 'Person', degree: 1 },
    { id: 'b', name: 'B', type: 'Person', degree: 1 },
  ],
  edges: [],
  truncated: false,
};
const at = (x: number) => new Map([['a', { x, y: 0 }]]);
const run = (...actions: ViewHistoryAction[]): ViewHistoryState =>
  actions.reduce(viewHistoryReducer, INITIAL_VIEW_HISTORY);

describe('viewHistoryReducer', () => {
  it('undoes a canvas change and puts the entities back where they were when it was made', () => {
    const state = run(
      { type: 'do', action: { type: 'replace', subgraph }, positions: new Map() },
      { type: 'do', action: { type: 'remove', ids: ['b'] }, positions: at(42) },
      { type: 'undo', positions: at(7) },
    );
    const view = state.history.present;
    expect([...view.graph.nodes.keys()]).toEqual(['a', 'b']);
    expect(view.positions.get('a')).toEqual({ x: 42, y: 0 });
    expect(state.restore.seq).toBe(1);
    const redone = viewHistoryReducer(state, { type: 'redo', positions: at(8) });
    expect([...redone.history.present.graph.nodes.keys()]).toEqual(['a']);
    expect(redone.history.present.positions.get('a')).toEqual({ x: 7, y: 0 });
  });

  it('changes the selection without an undo step and without moving anything', () => {
    const state = run(
      { type: 'do', action: { type: 'replace', subgraph }, positions: new Map() },
      { type: 'do', action: { type: 'select', ids: ['a'] }, positions: new Map() },
    );
    expect(state.history.past).toHaveLength(1);
    expect(state.history.present.selection).toEqual(['a']);
    expect(state.restore.seq).toBe(0);
  });

  it('ignores an undo with nothing to undo, and a change that changes nothing', () => {
    expect(run({ type: 'undo', positions: new Map() })).toBe(INITIAL_VIEW_HISTORY);
    expect(run({ type: 'do', action: { type: 'show' }, positions: new Map() })).toBe(INITIAL_VIEW_HISTORY);
  });

  it('goes to a whole view as one undoable step that asks the canvas to restore it', () => {
    const target = run({ type: 'do', action: { type: 'replace', subgraph }, positions: new Map() }).history
      .present;
    const state = run({ type: 'restore', view: target, positions: new Map() });
    expect(state.history.present).toBe(target);
    expect(state.restore).toEqual({ seq: 1, fit: true });
    expect(canRedo(state.history)).toBe(false);
  });
});
