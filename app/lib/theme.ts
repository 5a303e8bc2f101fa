'use client';

import { useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY, chooseTheme, oppositeTheme, parseTheme } from './theme-choice';
import type { Theme } from './theme-choice';

export type { Theme } from './theme-choice';

/**
 * The page's theme as an external store. The source of truth is `<html data-theme>`, which the root
 * layout's inline script sets before the first paint; every `useTheme()` caller (the toggle, the canvas)
 * reads it, so they can never disagree. It changes when someone toggles it here, when another tab saves
 * a choice (the `storage` event), or when the system theme changes while no choice is saved.
 */

const DARK_QUERY = '(prefers-color-scheme: dark)';

function readSavedChoice(): string | null {
  try {
    return window.localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null; // storage blocked: the system preference decides
  }
}

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  root.setAttribute('data-theme', theme);
  root.style.colorScheme = theme;
}

function currentTheme(): Theme {
  return (
    parseTheme(document.documentElement.getAttribute('data-theme')) ??
    chooseTheme(readSavedChoice(), systemPrefersDark())
  );
}

function subscribe(onChange: () => void): () => void {
  // Another tab saved a choice, or the system theme flipped with no saved choice: re-apply, then notify.
  const reapply = () => {
    applyTheme(chooseTheme(readSavedChoice(), systemPrefersDark()));
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === THEME_STORAGE_KEY) reapply();
  };
  const media = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  window.addEventListener('storage', onStorage);
  media?.addEventListener('change', reapply);
  return () => {
    observer.disconnect();
    window.removeEventListener('storage', onStorage);
    media?.removeEventListener('change', reapply);
  };
}

/**
 * Public entry point: the current theme and a toggle that saves the reader's choice. During server
 * rendering and hydration the theme reads 'light' (the server cannot know the choice); React re-renders
 * with the real one right after.
 */
export function useTheme(): { theme: Theme; toggle(): void } {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as const);
  const toggle = () => {
    const next = oppositeTheme(currentTheme());
    try {
      window.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // storage blocked: the choice lasts for this page only
    }
    applyTheme(next);
  };
  return { theme, toggle };
}
