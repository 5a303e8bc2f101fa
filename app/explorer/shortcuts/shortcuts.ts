/**
 * The explorer's keyboard shortcuts: the list the help overlay shows (`SHORTCUTS`) and the one function
 * that turns a keydown into an action (`shortcutFor`). A test presses every listed shortcut through
 * `shortcutFor`, so the list and the behaviour cannot drift apart.
 *
 * Rules:
 * - "Ctrl" means Ctrl or ⌘ (Meta), so the same shortcuts work on a Mac.
 * - Keys typed into an input, textarea, select or contenteditable element belong to that element: only
 *   Escape gets through (to clear the selection).
 * - Keys pressed inside an open dialog belong to the dialog (which handles its own Escape).
 * - Enter (open the selection's details) and the arrow keys (move to a neighbour) act only when focus is
 *   on the canvas or on nothing in particular; on a button, a link or a scrolling panel they keep their
 *   usual meaning.
 * - Single-key shortcuts never fire with Ctrl, ⌘ or Alt held, so browser shortcuts (Ctrl+F, Alt+D) stay
 *   the browser's. Punctuation keys ('?', '/', '[', ']') ignore Shift and AltGr, because keyboard layouts
 *   need them to type those characters at all.
 */

export type ShortcutAction =
  | 'undo'
  | 'redo'
  | 'focusSearch'
  | 'help'
  | 'fit'
  | 'relayout'
  | 'removeSelected'
  | 'hideSelected'
  | 'showHidden'
  | 'pinSelected'
  | 'selectAll'
  | 'clearSelection'
  | 'expandSelected'
  | 'toggleTable'
  | 'toggleTheme'
  | 'pathFromSelected'
  | 'pathToSelected'
  | 'openDetails'
  | 'moveLeft'
  | 'moveRight'
  | 'moveUp'
  | 'moveDown';

export interface Shortcut {
  /** The keys as shown to people, e.g. ['Ctrl', 'Z']. */
  keys: string[];
  action: ShortcutAction;
  description: string;
}

/** Every shortcut, in the order the help overlay lists them. An action may have more than one. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['?'], action: 'help', description: 'Show this list of keyboard shortcuts' },
  { keys: ['/'], action: 'focusSearch', description: 'Search for an entity' },
  { keys: ['Ctrl', 'Z'], action: 'undo', description: 'Undo the last change to the canvas' },
  { keys: ['Ctrl', 'Shift', 'Z'], action: 'redo', description: 'Redo the change just undone' },
  { keys: ['Ctrl', 'Y'], action: 'redo', description: 'Redo the change just undone' },
  { keys: ['Ctrl', 'A'], action: 'selectAll', description: 'Select everything on the canvas' },
  { keys: ['Esc'], action: 'clearSelection', description: 'Clear the selection' },
  { keys: ['E'], action: 'expandSelected', description: 'Expand the selected entities' },
  { keys: ['Enter'], action: 'openDetails', description: 'Open the selection’s details (on the canvas)' },
  { keys: ['←'], action: 'moveLeft', description: 'Select the neighbour to the left (on the canvas)' },
  { keys: ['→'], action: 'moveRight', description: 'Select the neighbour to the right (on the canvas)' },
  { keys: ['↑'], action: 'moveUp', description: 'Select the neighbour above (on the canvas)' },
  { keys: ['↓'], action: 'moveDown', description: 'Select the neighbour below (on the canvas)' },
  { keys: ['H'], action: 'hideSelected', description: 'Hide the selection' },
  { keys: ['Shift', 'H'], action: 'showHidden', description: 'Show everything hidden' },
  { keys: ['Delete'], action: 'removeSelected', description: 'Remove the selection from the canvas' },
  { keys: ['Backspace'], action: 'removeSelected', description: 'Remove the selection from the canvas' },
  { keys: ['P'], action: 'pinSelected', description: 'Pin or unpin the selected entities' },
  { keys: ['['], action: 'pathFromSelected', description: 'Find a path from the selected entity' },
  { keys: [']'], action: 'pathToSelected', description: 'Find a path to the selected entity' },
  { keys: ['F'], action: 'fit', description: 'Fit the graph to the view' },
  { keys: ['L'], action: 'relayout', description: 'Run the layout again' },
  { keys: ['T'], action: 'toggleTable', description: 'Switch between the canvas and the table view' },
  { keys: ['D'], action: 'toggleTheme', description: 'Switch between the light and dark theme' },
];

/** The parts of a keydown event `shortcutFor` reads (a DOM KeyboardEvent has them all). */
export type ShortcutKeyEvent = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'target' | 'isComposing'
> & { code?: string };

/** The parts of an event target we look at, read structurally so the rules also hold outside a browser. */
interface TargetLike {
  tagName?: unknown;
  isContentEditable?: unknown;
  closest?: (selector: string) => unknown;
}

const TEXT_ENTRY_TAGS: ReadonlySet<string> = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const DIALOG_SELECTOR = 'dialog[open], [role="dialog"], [role="alertdialog"]';
const CANVAS_SELECTOR = '[data-testid="graph-canvas"]';

function asTarget(target: EventTarget | null): TargetLike | null {
  return typeof target === 'object' && target !== null ? (target as TargetLike) : null;
}

function isTextEntry(target: TargetLike | null): boolean {
  if (target === null) return false;
  if (target.isContentEditable === true) return true;
  return typeof target.tagName === 'string' && TEXT_ENTRY_TAGS.has(target.tagName.toUpperCase());
}

function isInside(target: TargetLike | null, selector: string): boolean {
  return typeof target?.closest === 'function' && target.closest(selector) !== null;
}

/** Enter and the arrows are ours only where they have no other meaning: the canvas, or the page itself. */
function isCanvasOrPage(target: TargetLike | null): boolean {
  if (target === null) return true;
  const tag = typeof target.tagName === 'string' ? target.tagName.toUpperCase() : '';
  return tag === 'BODY' || tag === 'HTML' || isInside(target, CANVAS_SELECTOR);
}

/** The Latin letter of a key, reading the physical key when the layout types another script (Ctrl+я). */
function letterOf(event: ShortcutKeyEvent): string {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  const physical = /^Key([A-Z])$/.exec(event.code ?? '');
  return physical?.[1]?.toLowerCase() ?? '';
}

function withModifier(event: ShortcutKeyEvent): ShortcutAction | null {
  if (event.altKey) return null;
  switch (letterOf(event)) {
    case 'z':
      return event.shiftKey ? 'redo' : 'undo';
    case 'y':
      return event.shiftKey ? null : 'redo';
    case 'a':
      return event.shiftKey ? null : 'selectAll';
    default:
      return null;
  }
}

const PUNCTUATION: ReadonlyMap<string, ShortcutAction> = new Map([
  ['?', 'help'],
  ['/', 'focusSearch'],
  ['[', 'pathFromSelected'],
  [']', 'pathToSelected'],
]);

const ARROWS: ReadonlyMap<string, ShortcutAction> = new Map([
  ['ArrowLeft', 'moveLeft'],
  ['ArrowRight', 'moveRight'],
  ['ArrowUp', 'moveUp'],
  ['ArrowDown', 'moveDown'],
]);

const LETTERS: ReadonlyMap<string, ShortcutAction> = new Map([
  ['f', 'fit'],
  ['l', 'relayout'],
  ['h', 'hideSelected'],
  ['p', 'pinSelected'],
  ['e', 'expandSelected'],
  ['t', 'toggleTable'],
  ['d', 'toggleTheme'],
]);

/**
 * Public entry point: the action a keydown asks for, or null when it is not a shortcut here (so the
 * caller leaves the event alone and does not call preventDefault).
 */
export function shortcutFor(event: ShortcutKeyEvent): ShortcutAction | null {
  if (event.isComposing) return null;
  const target = asTarget(event.target);
  if (isInside(target, DIALOG_SELECTOR)) return null;
  if (event.key === 'Escape') return 'clearSelection';
  if (isTextEntry(target)) return null;

  const commandKey = event.ctrlKey || event.metaKey;
  const altGr = event.ctrlKey && event.altKey && !event.metaKey;
  const punctuation = PUNCTUATION.get(event.key);
  if (punctuation !== undefined) return !commandKey || altGr ? punctuation : null;
  if (commandKey) return withModifier(event);
  if (event.altKey) return null;

  switch (event.key) {
    case 'Delete':
    case 'Backspace':
      return event.shiftKey ? null : 'removeSelected';
    case 'Enter':
      return !event.shiftKey && isCanvasOrPage(target) ? 'openDetails' : null;
    case 'ArrowLeft':
    case 'ArrowRight':
    case 'ArrowUp':
    case 'ArrowDown':
      return !event.shiftKey && isCanvasOrPage(target) ? (ARROWS.get(event.key) ?? null) : null;
    default:
      break;
  }
  if (!/^[a-z]$/i.test(event.key)) return null;
  const letter = event.key.toLowerCase();
  if (letter === 'h') return event.shiftKey ? 'showHidden' : 'hideSelected';
  // Other letters with Shift (or Caps Lock typing a capital) are not shortcuts: a capital is typed text.
  return event.shiftKey ? null : (LETTERS.get(letter) ?? null);
}

/** One line of the help overlay: a description and every key combination that does it. */
export interface ShortcutLine {
  action: ShortcutAction;
  description: string;
  combos: string[][];
}

/** Shortcuts that do the same thing in the same words share a line ("Delete or Backspace"), in list order. */
export function shortcutLines(shortcuts: readonly Shortcut[]): ShortcutLine[] {
  const lines: ShortcutLine[] = [];
  for (const s of shortcuts) {
    const same = lines.find((l) => l.action === s.action && l.description === s.description);
    if (same === undefined) lines.push({ action: s.action, description: s.description, combos: [s.keys] });
    else same.combos.push(s.keys);
  }
  return lines;
}
