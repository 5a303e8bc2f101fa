'use client';

import { useEffect, useEffectEvent, useRef } from 'react';
import type { Position } from '@/app/explorer/layout/placement';
import { differsOnlyInSelection, viewSearch } from './view-url';
import type { ViewState } from './view-state';

/** Where the explorer goes on back/forward: a view seen before in this visit, or one read from the URL. */
export type Navigation = { kind: 'known'; view: ViewState } | { kind: 'url'; search: string };

interface EntryState {
  /** `<page load>:<step>`: entries written before a reload are not confused with this visit's views. */
  newsgraphView: string;
}

function entryKey(state: unknown): string | undefined {
  const key = (state as Partial<EntryState> | null)?.newsgraphView;
  return typeof key === 'string' ? key : undefined;
}

/**
 * Keeps the address bar in step with the view: each canvas change pushes a history entry (so back and
 * forward move between views), a selection change replaces the current one. Views seen in this visit are
 * remembered with their positions, so back/forward restore them without a reload or a request; an entry
 * from before (a reloaded page) is read from its URL.
 */
export function useViewUrl(
  view: ViewState,
  ready: boolean,
  positionsNow: () => ReadonlyMap<string, Position>,
  onNavigate: (to: Navigation) => void,
): void {
  const snapshots = useRef(new Map<string, ViewState>());
  const current = useRef<{ key: string; view: ViewState } | null>(null);
  const pageLoad = useRef<string | null>(null);
  const steps = useRef(0);
  const readPositions = useEffectEvent(positionsNow);
  const navigate = useEffectEvent(onNavigate);

  useEffect(() => {
    if (!ready) return;
    const search = viewSearch(view);
    const here = window.location.search;
    const previous = current.current;
    const url = `${window.location.pathname}${search}`;
    if (previous !== null && search === here) {
      current.current = { key: previous.key, view };
      snapshots.current.set(previous.key, view);
      return;
    }
    pageLoad.current ??= Math.random().toString(36).slice(2, 10);
    const key = `${pageLoad.current}:${(steps.current += 1)}`;
    if (previous === null || differsOnlyInSelection(search, here) || here.includes('handoff=')) {
      window.history.replaceState({ newsgraphView: key } satisfies EntryState, '', url);
    } else {
      snapshots.current.set(previous.key, { ...previous.view, positions: readPositions() });
      window.history.pushState({ newsgraphView: key } satisfies EntryState, '', url);
    }
    current.current = { key, view };
    snapshots.current.set(key, view);
  }, [view, ready]);

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      const leaving = current.current;
      if (leaving !== null) {
        snapshots.current.set(leaving.key, { ...leaving.view, positions: readPositions() });
      }
      const key = entryKey(event.state);
      const known = key === undefined ? undefined : snapshots.current.get(key);
      if (key !== undefined && known !== undefined) {
        current.current = { key, view: known };
        navigate({ kind: 'known', view: known });
      } else {
        current.current = null;
        navigate({ kind: 'url', search: window.location.search });
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
}
