'use client';

import { useEffect, useEffectEvent } from 'react';
import { shortcutFor } from './shortcuts';
import type { ShortcutAction } from './shortcuts';

/**
 * The explorer's keyboard shortcuts (app/explorer/shortcuts/shortcuts.ts decides which key means what, and when a key
 * belongs to a field or a dialog instead): one keydown listener on the document for the page's lifetime.
 * `run` returns false when the action does not apply now, so the key keeps its usual meaning.
 */
export function useShortcuts(run: (action: ShortcutAction) => boolean): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const action = shortcutFor(event);
    if (action !== null && run(action)) event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
