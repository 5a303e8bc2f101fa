import { UnreachableCaseError } from '@/graph/errors';
import { commit, redo, replacePresent, startHistory, undo } from './history';
import type { History } from './history';
import type { Position } from '@/app/explorer/layout/placement';
import { INITIAL_VIEW, isUndoableChange, viewReducer } from './view-state';
import type { ViewAction, ViewState } from './view-state';

/**
 * The explorer's view with its undo/redo history. Every step remembers where the entities were drawn when
 * it was left (`positions`, read from the canvas at the moment of the change), so undo puts the picture
 * back as it was. `restore` counts the steps that ask the canvas to move entities back (undo, redo, a view
 * reopened from the browser's history).
 */
export interface ViewHistoryState {
  history: History<ViewState>;
  restore: { seq: number; fit: boolean };
}

export type ViewHistoryAction =
  | { type: 'do'; action: ViewAction; positions: ReadonlyMap<string, Position> }
  /**
   * Start afresh with what an action draws, with nothing to undo: what a visit arrives at (the overview, a
   * link, a hand-off) is where its history begins, not a step away from an empty canvas.
   */
  | { type: 'begin'; action: ViewAction }
  | { type: 'undo'; positions: ReadonlyMap<string, Position> }
  | { type: 'redo'; positions: ReadonlyMap<string, Position> }
  /** Go to a whole view (back/forward to a view seen before): one step, undoable like any other. */
  | { type: 'restore'; view: ViewState; positions: ReadonlyMap<string, Position> };

export const INITIAL_VIEW_HISTORY: ViewHistoryState = {
  history: startHistory(INITIAL_VIEW),
  restore: { seq: 0, fit: false },
};

export function viewHistoryReducer(state: ViewHistoryState, action: ViewHistoryAction): ViewHistoryState {
  const { history } = state;
  const leaving = (positions: ReadonlyMap<string, Position>) => ({ ...history.present, positions });
  switch (action.type) {
    case 'do': {
      const next = viewReducer(history.present, action.action);
      if (next === history.present) return state;
      if (!isUndoableChange(history.present, next))
        return { ...state, history: replacePresent(history, next) };
      // A view opened from a link brings its own positions: the canvas should put entities there.
      const restore =
        action.action.type === 'open' ? { seq: state.restore.seq + 1, fit: true } : state.restore;
      return { history: commit(history, next, leaving(action.positions)), restore };
    }
    case 'begin': {
      const next = viewReducer(INITIAL_VIEW, action.action);
      const restore =
        action.action.type === 'open' ? { seq: state.restore.seq + 1, fit: true } : state.restore;
      return { history: startHistory(next), restore };
    }
    case 'undo':
    case 'redo': {
      const step = action.type === 'undo' ? undo : redo;
      const moved = step(history, leaving(action.positions));
      if (moved === history) return state;
      return { history: moved, restore: { seq: state.restore.seq + 1, fit: false } };
    }
    case 'restore':
      return {
        history: commit(history, action.view, leaving(action.positions)),
        restore: { seq: state.restore.seq + 1, fit: true },
      };
    default:
      throw new UnreachableCaseError(action);
  }
}
