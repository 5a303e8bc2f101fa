/**
 * The light/dark theme as data: which themes there are, where the reader's choice is saved, and the
 * tiny script the root layout inlines so the saved theme is on `<html data-theme>` before the first
 * paint (no flash of the wrong theme). Pure, so it can be read by the server layout, the client hook
 * (theme.ts) and the tests alike.
 */

export type Theme = 'light' | 'dark';

/** The localStorage key holding the reader's explicit choice; absent means "follow the system". */
export const THEME_STORAGE_KEY = 'newsgraph:theme';

/** The saved value as a theme, or null when it is missing or not one we know (a hand-edited value). */
export function parseTheme(saved: string | null | undefined): Theme | null {
  return saved === 'light' || saved === 'dark' ? saved : null;
}

/** The theme to show: the reader's saved choice, else the system's preference. */
export function chooseTheme(saved: string | null | undefined, systemPrefersDark: boolean): Theme {
  return parseTheme(saved) ?? (systemPrefersDark ? 'dark' : 'light');
}

/** The other theme. */
export function oppositeTheme(theme: Theme): Theme {
  return theme === 'dark' ? 'light' : 'dark';
}

/**
 * The inline script for `<head>`: the same rule as `chooseTheme`, written out by hand because it must run
 * before any bundle has loaded. It never throws: storage may be blocked (privacy settings), in which case
 * the system preference wins. `color-scheme` is set too, so scrollbars and form controls match at once.
 */
export const THEME_BOOT_SCRIPT = `(function () {
  var theme = null;
  try { theme = window.localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)}); } catch (e) {}
  if (theme !== 'light' && theme !== 'dark') {
    theme = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  document.documentElement.setAttribute('data-theme', theme);
  document.documentElement.style.colorScheme = theme;
})();`;
