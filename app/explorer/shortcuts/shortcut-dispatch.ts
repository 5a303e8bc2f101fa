import type { CanvasGraph } from '@/app/lib/graph-data';
import type { ShortcutAction } from './shortcuts';
import type { ViewAction, ViewState } from '@/app/explorer/view/view-state';
import type { CanvasEditing } from '@/app/explorer/canvas/canvas-editing';
import type { PathEnd } from '@/app/explorer/path/PathFinder';
import { entityInDirection } from '@/app/explorer/canvas/canvas-keyboard';
import type { Direction } from '@/app/explorer/canvas/canvas-keyboard';
import type { Position } from '@/app/explorer/layout/placement';

/** What the explorer's keyboard shortcuts act on. */
export interface ShortcutTargets {
  view: ViewState;
  /** What is drawn: `Ctrl+A` selects only what the reader can see. */
  visible: CanvasGraph;
  editing: CanvasEditing;
  change: (action: ViewAction) => void;
  undo: () => void;
  redo: () => void;
  openHelp: () => void;
  closeMenu: () => void;
  fit: () => void;
  relayout: () => void;
  expand: (entity: PathEnd) => void;
  toggleTable: () => void;
  toggleTheme: () => void;
  /** Where the drawn entities are now (for the arrow keys). */
  positions: () => ReadonlyMap<string, Position>;
}

const DIRECTIONS: Readonly<Record<string, Direction>> = {
  moveLeft: 'left',
  moveRight: 'right',
  moveUp: 'up',
  moveDown: 'down',
};

/**
 * Runs a keyboard shortcut's action. Returns false when it does not apply now (nothing selected), so the
 * key keeps its usual meaning.
 */
export function dispatchShortcut(action: ShortcutAction, targets: ShortcutTargets): boolean {
  const { view, visible, editing, change } = targets;
  const hasSelection = view.selection.length > 0;
  switch (action) {
    case 'undo':
      targets.undo();
      return true;
    case 'redo':
      targets.redo();
      return true;
    case 'focusSearch':
      document.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus();
      return true;
    case 'help':
      targets.openHelp();
      return true;
    case 'fit':
      targets.fit();
      return true;
    case 'relayout':
      targets.relayout();
      return true;
    case 'removeSelected':
      if (hasSelection) change({ type: 'remove', ids: view.selection });
      return hasSelection;
    case 'hideSelected':
      if (hasSelection) change({ type: 'hide', ids: view.selection });
      return hasSelection;
    case 'showHidden':
      change({ type: 'show' });
      return true;
    case 'pinSelected':
      editing.togglePin(view.selection);
      return hasSelection;
    case 'selectAll':
      editing.select([...visible.nodes.keys(), ...visible.edges.keys()]);
      return true;
    case 'clearSelection':
      targets.closeMenu();
      editing.select([]);
      return true;
    case 'expandSelected': {
      const entity = editing.selectedEntity();
      if (entity !== null) targets.expand(entity);
      return entity !== null;
    }
    case 'toggleTable':
      targets.toggleTable();
      return true;
    case 'toggleTheme':
      targets.toggleTheme();
      return true;
    case 'openDetails': {
      if (!hasSelection) return false;
      document.querySelector<HTMLElement>('[data-testid="details-panel"]')?.focus();
      return true;
    }
    case 'moveLeft':
    case 'moveRight':
    case 'moveUp':
    case 'moveDown': {
      const from = editing.selectedEntity()?.id ?? null;
      const direction = DIRECTIONS[action];
      const to =
        direction === undefined
          ? undefined
          : entityInDirection(visible, targets.positions(), from, direction);
      if (to !== undefined) editing.select([to]);
      return to !== undefined;
    }
    case 'pathFromSelected':
    case 'pathToSelected': {
      const entity = editing.selectedEntity();
      if (entity === null) return false;
      editing.nodeAction(entity.id, action === 'pathFromSelected' ? 'pathFrom' : 'pathTo');
      return true;
    }
  }
}
