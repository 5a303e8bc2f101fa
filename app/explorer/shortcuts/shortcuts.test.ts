import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutFor, shortcutLines } from './shortcuts';
import type { Shortcut, ShortcutAction, ShortcutKeyEvent } from './shortcuts';

/** A stand-in for an element: just what shortcutFor reads (tag, contenteditable, ancestors). */
function element(tagName: string, options: { editable?: boolean; inside?: string[] } = {}) {
  const ancestors = options.inside ?? [];
  return {
    tagName,
    isContentEditable: options.editable ?? false,
    // Enough of Element.closest for the selectors shortcutFor asks about.
    closest: (selector: string) =>
      ancestors.some((a) => selector.split(',').some((s) => s.trim() === a)) ? {} : null,
  } as unknown as EventTarget;
}

const BODY = element('BODY');

function press(key: string, options: Partial<ShortcutKeyEvent> = {}): ShortcutKeyEvent {
  return {
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    isComposing: false,
    target: BODY,
    ...options,
  };
}

/** The keydown a person produces for a shortcut as the help overlay shows it (US layout). */
function eventFor(shortcut: Shortcut): ShortcutKeyEvent {
  const keys = [...shortcut.keys];
  const last = keys.pop() ?? '';
  const shift = keys.includes('Shift') || last === '?';
  const named: Record<string, string> = {
    Esc: 'Escape',
    '←': 'ArrowLeft',
    '→': 'ArrowRight',
    '↑': 'ArrowUp',
    '↓': 'ArrowDown',
  };
  const key = /^[A-Z]$/.test(last) ? (shift ? last : last.toLowerCase()) : (named[last] ?? last);
  return press(key, { ctrlKey: keys.includes('Ctrl'), shiftKey: shift });
}

describe('shortcuts', () => {
  describe('SHORTCUTS', () => {
    it('lists every action at least once', () => {
      const all: ShortcutAction[] = [
        'undo',
        'redo',
        'focusSearch',
        'help',
        'fit',
        'relayout',
        'removeSelected',
        'hideSelected',
        'showHidden',
        'pinSelected',
        'selectAll',
        'clearSelection',
        'expandSelected',
        'toggleTable',
        'toggleTheme',
        'pathFromSelected',
        'pathToSelected',
        'openDetails',
        'moveLeft',
        'moveRight',
        'moveUp',
        'moveDown',
      ];
      expect(new Set(SHORTCUTS.map((s) => s.action))).toEqual(new Set(all));
    });

    it('never lists the same keys twice', () => {
      const combos = SHORTCUTS.map((s) => s.keys.join('+'));
      expect(new Set(combos).size).toBe(combos.length);
    });
  });

  describe('#shortcutFor', () => {
    it.each(SHORTCUTS.map((s) => [s.keys.join('+'), s] as const))(
      'does what the list says for %s',
      (_, s) => {
        expect(shortcutFor(eventFor(s))).toBe(s.action);
      },
    );

    it('treats ⌘ like Ctrl', () => {
      expect(shortcutFor(press('z', { metaKey: true }))).toBe('undo');
      expect(shortcutFor(press('z', { metaKey: true, shiftKey: true }))).toBe('redo');
      expect(shortcutFor(press('a', { metaKey: true }))).toBe('selectAll');
    });

    it('reads the physical key for Ctrl shortcuts on layouts of other scripts', () => {
      expect(shortcutFor(press('я', { ctrlKey: true, code: 'KeyZ' }))).toBe('undo');
    });

    it('leaves browser shortcuts alone: letters with Ctrl, ⌘ or Alt', () => {
      expect(shortcutFor(press('f', { ctrlKey: true }))).toBeNull();
      expect(shortcutFor(press('d', { metaKey: true }))).toBeNull();
      expect(shortcutFor(press('d', { altKey: true }))).toBeNull();
      expect(shortcutFor(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
    });

    it('does not take capitals typed with Shift for single-letter shortcuts', () => {
      expect(shortcutFor(press('F', { shiftKey: true }))).toBeNull();
      expect(shortcutFor(press('T', { shiftKey: true }))).toBeNull();
    });

    it('takes letters typed with Caps Lock on', () => {
      expect(shortcutFor(press('F'))).toBe('fit');
      expect(shortcutFor(press('H'))).toBe('hideSelected');
    });

    it('accepts punctuation typed with AltGr (Ctrl+Alt), as some layouts need', () => {
      expect(shortcutFor(press('[', { ctrlKey: true, altKey: true }))).toBe('pathFromSelected');
      expect(shortcutFor(press(']', { ctrlKey: true }))).toBeNull();
    });

    it('ignores keys that are no shortcut', () => {
      expect(shortcutFor(press('x'))).toBeNull();
      expect(shortcutFor(press('ArrowLeft', { target: element('BUTTON') }))).toBeNull();
      expect(shortcutFor(press('1'))).toBeNull();
    });

    it('ignores keys while an input method composes text', () => {
      expect(shortcutFor(press('e', { isComposing: true }))).toBeNull();
    });

    describe('when typing into a form field', () => {
      const fields = [
        ['an input', element('INPUT')],
        ['a textarea', element('TEXTAREA')],
        ['a select', element('SELECT')],
        ['a contenteditable element', element('DIV', { editable: true })],
      ] as const;

      it.each(fields)('leaves every shortcut key to %s', (_, target) => {
        for (const s of SHORTCUTS.filter((x) => x.action !== 'clearSelection')) {
          expect(shortcutFor({ ...eventFor(s), target }), s.keys.join('+')).toBeNull();
        }
      });

      it.each(fields)('still clears the selection on Escape in %s', (_, target) => {
        expect(shortcutFor(press('Escape', { target }))).toBe('clearSelection');
      });
    });

    it('leaves every key, Escape included, to an open dialog', () => {
      const target = element('BUTTON', { inside: ['dialog[open]'] });
      for (const s of SHORTCUTS) expect(shortcutFor({ ...eventFor(s), target })).toBeNull();
    });

    it('opens the details on Enter only on the canvas or the page, not on a button or link', () => {
      const canvas = element('DIV', { inside: ['[data-testid="graph-canvas"]'] });
      expect(shortcutFor(press('Enter', { target: canvas }))).toBe('openDetails');
      expect(shortcutFor(press('Enter', { target: null }))).toBe('openDetails');
      expect(shortcutFor(press('Enter', { target: element('BUTTON') }))).toBeNull();
      expect(shortcutFor(press('Enter', { target: element('A') }))).toBeNull();
    });

    it('moves with the arrow keys only on the canvas or the page, where they scroll nothing', () => {
      const canvas = element('DIV', { inside: ['[data-testid="graph-canvas"]'] });
      expect(shortcutFor(press('ArrowLeft', { target: canvas }))).toBe('moveLeft');
      expect(shortcutFor(press('ArrowDown', { target: null }))).toBe('moveDown');
      // The details panel scrolls with the arrows; a select changes its value with them.
      expect(shortcutFor(press('ArrowDown', { target: element('ASIDE') }))).toBeNull();
      expect(shortcutFor(press('ArrowDown', { target: element('SELECT') }))).toBeNull();
      expect(shortcutFor(press('ArrowLeft', { target: canvas, shiftKey: true }))).toBeNull();
    });

    it('takes single-letter shortcuts on a focused button, where they type nothing', () => {
      expect(shortcutFor(press('f', { target: element('BUTTON') }))).toBe('fit');
    });
  });

  describe('#shortcutLines', () => {
    it('puts shortcuts with the same action and words on one line, in list order', () => {
      const lines = shortcutLines(SHORTCUTS);
      const redo = lines.find((l) => l.action === 'redo');
      expect(redo?.combos).toEqual([
        ['Ctrl', 'Shift', 'Z'],
        ['Ctrl', 'Y'],
      ]);
      expect(lines.find((l) => l.action === 'removeSelected')?.combos).toEqual([['Delete'], ['Backspace']]);
      expect(lines[0]?.action).toBe('help');
    });

    it('keeps every shortcut exactly once', () => {
      const combos = shortcutLines(SHORTCUTS).flatMap((l) => l.combos);
      expect(combos).toHaveLength(SHORTCUTS.length);
    });
  });
});
