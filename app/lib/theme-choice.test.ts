import { describe, expect, it } from 'vitest';
import { THEME_BOOT_SCRIPT, THEME_STORAGE_KEY, chooseTheme, oppositeTheme, parseTheme } from './theme-choice';

/** Runs the inline boot script against a stand-in page and returns what it put on <html>. */
function runBootScript(options: { saved?: string | null; storageThrows?: boolean; prefersDark: boolean }) {
  const attributes = new Map<string, string>();
  const style: { colorScheme?: string } = {};
  const window = {
    localStorage: {
      getItem(key: string) {
        if (options.storageThrows) throw new DOMException('blocked', 'SecurityError');
        return key === THEME_STORAGE_KEY ? (options.saved ?? null) : null;
      },
    },
    matchMedia: (query: string) => ({
      matches: query === '(prefers-color-scheme: dark)' && options.prefersDark,
    }),
  };
  const document = {
    documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value), style },
  };
  new Function('window', 'document', THEME_BOOT_SCRIPT)(window, document);
  return { theme: attributes.get('data-theme'), colorScheme: style.colorScheme };
}

describe('theme-choice', () => {
  describe('#parseTheme', () => {
    it('reads the two saved values', () => {
      expect(parseTheme('light')).toBe('light');
      expect(parseTheme('dark')).toBe('dark');
    });

    it('refuses anything else, so a stale or hand-edited value falls back to the system', () => {
      for (const value of [null, undefined, '', 'Dark', 'system', ' dark', '"dark"']) {
        expect(parseTheme(value)).toBeNull();
      }
    });
  });

  describe('#chooseTheme', () => {
    it('prefers the saved choice over the system preference', () => {
      expect(chooseTheme('light', true)).toBe('light');
      expect(chooseTheme('dark', false)).toBe('dark');
    });

    it('follows the system when nothing valid is saved', () => {
      expect(chooseTheme(null, true)).toBe('dark');
      expect(chooseTheme('purple', false)).toBe('light');
    });
  });

  it('#oppositeTheme flips between the two', () => {
    expect(oppositeTheme('light')).toBe('dark');
    expect(oppositeTheme('dark')).toBe('light');
  });

  describe('THEME_BOOT_SCRIPT', () => {
    it('applies the saved choice, with the matching color-scheme', () => {
      expect(runBootScript({ saved: 'dark', prefersDark: false })).toEqual({
        theme: 'dark',
        colorScheme: 'dark',
      });
      expect(runBootScript({ saved: 'light', prefersDark: true })).toEqual({
        theme: 'light',
        colorScheme: 'light',
      });
    });

    it('follows the system when nothing valid is saved', () => {
      expect(runBootScript({ saved: null, prefersDark: true }).theme).toBe('dark');
      expect(runBootScript({ saved: 'bogus', prefersDark: false }).theme).toBe('light');
    });

    it('follows the system when storage is blocked, instead of throwing', () => {
      expect(runBootScript({ storageThrows: true, prefersDark: true }).theme).toBe('dark');
    });

    it('agrees with chooseTheme in every case', () => {
      for (const saved of [null, 'light', 'dark', 'x']) {
        for (const prefersDark of [false, true]) {
          expect(runBootScript({ saved, prefersDark }).theme).toBe(chooseTheme(saved, prefersDark));
        }
      }
    });
  });
});
