import type { Dispatch, SetStateAction } from 'react';
import type { PendingExpansion } from '@/app/explorer/expansion/expansion';
import type { Position } from '@/app/explorer/layout/placement';
import type { EntitySummary, RelationView } from '@/app/lib/queries';
import type { ViewAction, ViewState } from '@/app/explorer/view/view-state';
import type { NodeMenuAction } from './ContextMenu';
import type { PathEnd } from '@/app/explorer/path/PathFinder';

/** The path finder's two ends, while it is open. */
export interface PathEnds {
  from: PathEnd | null;
  to: PathEnd | null;
}

interface EditingContext {
  view: ViewState;
  change: (action: ViewAction) => void;
  positionsNow: () => ReadonlyMap<string, Position>;
  setPanelRelation: (relation: RelationView | null) => void;
  setPending: (pending: PendingExpansion | null) => void;
  setPathEnds: Dispatch<SetStateAction<PathEnds | null>>;
  expand: (entity: Pick<EntitySummary, 'id' | 'name'>) => Promise<void>;
}

/** What the reader can do to the selection and the entities on the canvas, from any control. */
export interface CanvasEditing {
  select(ids: readonly string[]): void;
  /** The canvas reports a selection as a set: keep the order things were selected in (last = shown). */
  selectionFromCanvas(ids: string[]): void;
  clearCanvas(): void;
  /** Pins the entities among `ids`, or unpins them when all of them are pinned already. */
  togglePin(ids: readonly string[]): void;
  /** A node's context-menu (or details-panel) action. */
  nodeAction(id: string, action: NodeMenuAction): void;
  /** The entity the keyboard's path and expand shortcuts act on: the last entity selected. */
  selectedEntity(): PathEnd | null;
  /** The selected ids that are entities (not relations), in the order they were selected. */
  selectedEntityIds: string[];
  /** True when at least one entity is selected and every selected entity is pinned. */
  allPinned: boolean;
}

/** The editing commands over the view as it is in this render. */
export function canvasEditing(context: EditingContext): CanvasEditing {
  const { view, change, positionsNow, setPanelRelation, setPending, setPathEnds, expand } = context;

  function select(ids: readonly string[]) {
    setPanelRelation(null);
    change({ type: 'select', ids });
  }

  function selectionFromCanvas(ids: string[]) {
    const chosen = new Set(ids);
    const kept = view.selection.filter((id) => chosen.has(id));
    select([...kept, ...ids.filter((id) => !kept.includes(id))]);
  }

  function clearCanvas() {
    setPending(null);
    setPanelRelation(null);
    change({ type: 'clear' });
  }

  const selectedEntityIds = view.selection.filter((id) => view.graph.nodes.has(id));
  const allPinned = selectedEntityIds.length > 0 && selectedEntityIds.every((id) => view.pinned.has(id));

  function togglePin(ids: readonly string[]) {
    const entities = ids.filter((id) => view.graph.nodes.has(id));
    if (entities.length === 0) return;
    if (entities.every((id) => view.pinned.has(id))) {
      change({ type: 'unpin', ids: entities });
      return;
    }
    const now = positionsNow();
    const positions = new Map<string, Position>();
    for (const id of entities) {
      const at = now.get(id);
      if (at !== undefined) positions.set(id, at);
    }
    change({ type: 'pin', positions });
  }

  function nodeAction(id: string, action: NodeMenuAction) {
    const name = view.graph.nodes.get(id)?.name ?? id;
    switch (action) {
      case 'expand':
        void expand({ id, name });
        return;
      case 'pathFrom':
        setPathEnds((ends) => ({ from: { id, name }, to: ends?.to ?? null }));
        return;
      case 'pathTo':
        setPathEnds((ends) => ({ from: ends?.from ?? null, to: { id, name } }));
        return;
      case 'hide':
        change({ type: 'hide', ids: [id] });
        return;
      case 'remove':
        change({ type: 'remove', ids: [id] });
        return;
      case 'pin':
        togglePin([id]);
        return;
    }
  }

  function selectedEntity(): PathEnd | null {
    const id = selectedEntityIds.at(-1);
    const entity = id === undefined ? undefined : view.graph.nodes.get(id);
    return entity === undefined ? null : { id: entity.id, name: entity.name };
  }

  return {
    select,
    selectionFromCanvas,
    clearCanvas,
    togglePin,
    nodeAction,
    selectedEntity,
    selectedEntityIds,
    allPinned,
  };
}
