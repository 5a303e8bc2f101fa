'use client';

import { useTheme } from '@/app/lib/theme';
import './theme.css';

/**
 * The light/dark switch: one toggle button named "Dark theme", pressed while the dark theme is on (the
 * ARIA toggle-button pattern keeps the name fixed and lets aria-pressed say the state). The icon shows the
 * theme it switches to.
 */
export function ThemeToggle() {
  const { theme, toggle } = useTheme();
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={dark}
      aria-keyshortcuts="D"
      title={dark ? 'Switch to the light theme (D)' : 'Switch to the dark theme (D)'}
      onClick={toggle}
      data-testid="theme-toggle"
    >
      <span aria-hidden="true" className="theme-toggle-icon">
        {dark ? '☀' : '☾'}
      </span>
      <span className="theme-toggle-text">Dark theme</span>
    </button>
  );
}
