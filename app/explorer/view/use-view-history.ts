'use client';

import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { RefObject } from 'react';
import type { History } from './history';
import type { Position } from '@/app/explorer/layout/placement';
import { INITIAL_VIEW_HISTORY, viewHistoryReducer } from './view-history';
import type { ViewAction, ViewState } from './view-state';
import type { GraphCanvasHandle, RestoreRequest } from '@/app/explorer/canvas/GraphCanvas';

interface ViewHistory {
  history: History<ViewState>;
  /** The view as it is now. */
  view: ViewState;
  /** The view for async work, read when its answer arrives. */
  viewRef: RefObject<ViewState>;
  /** Where the canvas should put entities back (undo, redo, back/forward, a link with positions). */
  restoreRequest: RestoreRequest;
  /** Where the canvas draws every entity now (and where removed ones were). */
  positionsNow: () => ReadonlyMap<string, Position>;
  /** Applies a view action (one undo step, or none for a selection). */
  change: (action: ViewAction) => void;
  /** Starts the history afresh with what `action` draws (what a visit or a link arrives at). */
  begin: (action: ViewAction) => void;
  undo: () => void;
  redo: () => void;
  /** Goes to a whole view seen before (back/forward): one undoable step. */
  restoreView: (view: ViewState) => void;
}

/**
 * The explorer's view with its undo history. Every step records where the canvas drew the entities when
 * it was left, so undo and redo put the picture back as it was.
 */
export function useViewHistory(canvasRef: RefObject<GraphCanvasHandle | null>): ViewHistory {
  const [{ history, restore }, dispatchHistory] = useReducer(viewHistoryReducer, INITIAL_VIEW_HISTORY);
  const view = history.present;
  // Async work (an expansion's answer) must read the view as it is when the answer arrives.
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);

  const restoreRequest = useMemo(
    () => ({ seq: restore.seq, fit: restore.fit, positions: view.positions }),
    [restore, view.positions],
  );

  const positionsNow = (): ReadonlyMap<string, Position> => canvasRef.current?.positions() ?? new Map();
  return {
    history,
    view,
    viewRef,
    restoreRequest,
    positionsNow,
    change: (action) => dispatchHistory({ type: 'do', action, positions: positionsNow() }),
    begin: (action) => dispatchHistory({ type: 'begin', action }),
    undo: () => dispatchHistory({ type: 'undo', positions: positionsNow() }),
    redo: () => dispatchHistory({ type: 'redo', positions: positionsNow() }),
    restoreView: (to) => dispatchHistory({ type: 'restore', view: to, positions: positionsNow() }),
  };
}
