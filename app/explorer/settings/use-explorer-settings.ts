'use client';

import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from './explorer-settings';
import type { ExplorerSettings } from './explorer-settings';

/**
 * The reader's settings, read from localStorage after the first render (the server renders the defaults,
 * so hydration matches) and written back on every change.
 */
export function useExplorerSettings(): [ExplorerSettings, (settings: ExplorerSettings) => void] {
  const [settings, setSettings] = useState<ExplorerSettings>(DEFAULT_SETTINGS);
  useEffect(() => {
    // Reading storage is only possible in the browser, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSettings(readSettings(window.localStorage));
  }, []);
  return [
    settings,
    (next) => {
      setSettings(next);
      writeSettings(window.localStorage, next);
    },
  ];
}
