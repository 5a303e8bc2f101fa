import { UnreachableCaseError } from '@/graph/errors';
import { describeGrowth } from './canvas-state';
import { remainingNote } from '@/app/explorer/expansion/expansion';
import { EMPTY_GRAPH, graphFromSubgraph, growth, mergeSubgraph } from '@/app/lib/graph-data';
import type { CanvasGraph } from '@/app/lib/graph-data';
import type { LayoutName } from '@/app/explorer/layout/layouts';
import type { Position } from '@/app/explorer/layout/placement';
import type { SubgraphView } from '@/app/lib/queries';
import { isFilterActive, keepsRelation } from '@/app/explorer/articles/article-filter';
import { OPEN_RANGE } from '@/app/lib/date-range';
import type { ArticleDates } from '@/app/explorer/articles/article-filter';
import type { DateRange } from '@/app/lib/date-range';

/**
 * The explorer's view model: what is on the canvas and how it is shown. Everything the reader can change
 * on the canvas is an action on this state, so undo/redo (history.ts), the shareable URL (view-url.ts) and
 * the drawing itself all read one value. Values are immutable; the reducer returns a new state (or the
 * same one when nothing changed, so a no-op never becomes an undo step).
 */
export interface ViewState {
  /** Every entity and relation on the canvas, hidden ones included. */
  graph: CanvasGraph;
  /** Entities and relations hidden one by one ("Hide"): kept, not drawn, until shown again. */
  hiddenIds: ReadonlySet<string>;
  /** Pinned entities and where they are pinned: layouts leave them there. */
  pinned: ReadonlyMap<string, Position>;
  /** Entity types switched off in the legend. */
  hiddenEntityTypes: ReadonlySet<string>;
  /** Relation types switched off in the legend. */
  hiddenRelationTypes: ReadonlySet<string>;
  /** Articles (document ids) switched off in the article filter (`app/explorer/articles/`). */
  hiddenArticles: ReadonlySet<string>;
  /** The publication date range of the article filter. */
  dateRange: DateRange;
  /** Selected entities and relations, in the order they were selected (the last one is shown in the panel). */
  selection: readonly string[];
  layout: LayoutName;
  /** The elements of the path drawn last, highlighted on the canvas. */
  pathIds: ReadonlySet<string>;
  /** The entity that path starts from (its hops are listed from there), or null when no path is drawn. */
  pathFrom: string | null;
  /** One line about the last change ("Added 6 entities around Nayib Bukele"). */
  note: string | null;
  /**
   * Where the entities were drawn when this state was left (filled in by the history on each step), so
   * undo, redo and back/forward put the picture back as it was instead of laying it out again.
   */
  positions: ReadonlyMap<string, Position>;
}

export const INITIAL_VIEW: ViewState = {
  graph: EMPTY_GRAPH,
  hiddenIds: new Set(),
  pinned: new Map(),
  hiddenEntityTypes: new Set(),
  hiddenRelationTypes: new Set(),
  hiddenArticles: new Set(),
  dateRange: OPEN_RANGE,
  selection: [],
  layout: 'fcose',
  pathIds: new Set(),
  pathFrom: null,
  note: null,
  positions: new Map(),
};

/**
 * The parts of a view that a link carries beyond the entities themselves. A new kind of filter is a new
 * field here, written and read by view-url.ts and applied by the 'open' action below.
 */
export interface ViewSettings {
  hiddenIds: readonly string[];
  pinned: ReadonlyMap<string, Position>;
  hiddenEntityTypes: readonly string[];
  hiddenRelationTypes: readonly string[];
  hiddenArticles: readonly string[];
  dateRange: DateRange;
  selection: readonly string[];
  layout: LayoutName;
  positions: ReadonlyMap<string, Position>;
  /** The drawn path: the entity it starts from first, then its other entities and its relations. */
  path: readonly string[];
}

export type ViewAction =
  /** Replace everything (first load, reset to overview, a drawn query result). */
  | { type: 'replace'; subgraph: SubgraphView; note?: string }
  /** Replace everything with a shared view (a link, back/forward): the entities and how they were shown. */
  | { type: 'open'; subgraph: SubgraphView; settings: ViewSettings; note?: string }
  /** Add a neighbourhood around `around` (a name, for the note). */
  | { type: 'expand'; subgraph: SubgraphView; around: string; remaining?: number }
  /** Add a subgraph quietly (a relation picked in the panel). */
  | { type: 'merge'; subgraph: SubgraphView }
  /**
   * Draw a path and highlight it: `subgraph` is what to add (the path and every relation among the
   * entities on the canvas), `path` the path itself, walked from `from`.
   */
  | { type: 'drawPath'; subgraph: SubgraphView; path: SubgraphView; from: string }
  | { type: 'remove'; ids: readonly string[] }
  | { type: 'hide'; ids: readonly string[] }
  /** Show hidden elements again: these, or all of them. */
  | { type: 'show'; ids?: readonly string[] }
  | { type: 'pin'; positions: ReadonlyMap<string, Position> }
  | { type: 'unpin'; ids: readonly string[] }
  | { type: 'clear' }
  | { type: 'toggleEntityType'; entityType: string }
  | { type: 'toggleRelationType'; relationType: string }
  /** Switch an article's evidence off or on again. */
  | { type: 'toggleArticle'; documentId: string }
  /** Show every article again: none switched off, no date range. */
  | { type: 'showAllArticles' }
  | { type: 'setDateRange'; range: DateRange }
  | { type: 'setLayout'; layout: LayoutName }
  | { type: 'select'; ids: readonly string[] };

/**
 * Whether going from `before` to `after` is a step the reader can undo: something drawn or how it is shown
 * changed. Selecting is not (it would flood the history), nor is a new note alone (an expansion that found
 * everything already drawn).
 */
export function isUndoableChange(before: ViewState, after: ViewState): boolean {
  // Every field but these is part of the picture (a filter added later included, with no change here).
  return (Object.keys(after) as (keyof ViewState)[]).some(
    (key) => !NOT_PICTURE.has(key) && before[key] !== after[key],
  );
}

/** What a view holds besides the picture: a step that changes only these is no undo step. */
const NOT_PICTURE: ReadonlySet<keyof ViewState> = new Set(['note', 'selection', 'positions']);

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'replace':
      return {
        ...INITIAL_VIEW,
        layout: state.layout,
        graph: graphFromSubgraph(action.subgraph),
        note: action.note ?? null,
      };
    case 'open': {
      const graph = graphFromSubgraph(action.subgraph);
      const { settings } = action;
      const known = (id: string) => graph.nodes.has(id) || graph.edges.has(id);
      const [pathFrom] = settings.path;
      const hasPath = pathFrom !== undefined && graph.nodes.has(pathFrom);
      return {
        ...INITIAL_VIEW,
        graph,
        hiddenIds: new Set(settings.hiddenIds.filter(known)),
        pinned: new Map([...settings.pinned].filter(([id]) => graph.nodes.has(id))),
        hiddenEntityTypes: new Set(settings.hiddenEntityTypes),
        hiddenRelationTypes: new Set(settings.hiddenRelationTypes),
        hiddenArticles: new Set(settings.hiddenArticles),
        dateRange: settings.dateRange,
        selection: settings.selection.filter(known),
        layout: settings.layout,
        positions: settings.positions,
        pathIds: hasPath ? new Set(settings.path.filter(known)) : new Set(),
        pathFrom: hasPath ? pathFrom : null,
        note: action.note ?? null,
      };
    }
    case 'expand': {
      const merged = mergeSubgraph(state.graph, action.subgraph);
      const added = growth(state.graph, merged);
      const note = describeGrowth(action.around, added) + remainingNote(action.remaining ?? 0);
      // Nothing new: the same graph, so the history sees no step to undo (only the note changes).
      const graph = added.nodes === 0 && added.edges === 0 ? state.graph : merged;
      return { ...state, graph, note };
    }
    case 'merge':
      return { ...state, graph: mergeSubgraph(state.graph, action.subgraph) };
    case 'drawPath': {
      const graph = mergeSubgraph(mergeSubgraph(state.graph, action.path), action.subgraph);
      const pathIds = new Set([...action.path.nodes, ...action.path.edges].map((e) => e.id));
      // A path hidden by the reader's own "Hide" would be drawn invisible: drawing it shows it.
      const hiddenIds = new Set([...state.hiddenIds].filter((id) => !pathIds.has(id)));
      return { ...state, graph, pathIds, pathFrom: action.from, hiddenIds, note: null };
    }
    case 'remove':
      return removeIds(state, action.ids);
    case 'hide': {
      const ids = action.ids.filter((id) => isOnCanvas(state.graph, id) && !state.hiddenIds.has(id));
      if (ids.length === 0) return state;
      const hiddenIds = new Set([...state.hiddenIds, ...ids]);
      return { ...state, hiddenIds, selection: state.selection.filter((id) => !hiddenIds.has(id)) };
    }
    case 'show': {
      const ids = action.ids ?? [...state.hiddenIds];
      const hiddenIds = new Set([...state.hiddenIds].filter((id) => !ids.includes(id)));
      return hiddenIds.size === state.hiddenIds.size ? state : { ...state, hiddenIds };
    }
    case 'pin': {
      const entries = [...action.positions].filter(([id]) => state.graph.nodes.has(id));
      if (entries.length === 0) return state;
      return { ...state, pinned: new Map([...state.pinned, ...entries]) };
    }
    case 'unpin': {
      const pinned = new Map([...state.pinned].filter(([id]) => !action.ids.includes(id)));
      return pinned.size === state.pinned.size ? state : { ...state, pinned };
    }
    case 'clear':
      return {
        ...INITIAL_VIEW,
        layout: state.layout,
        hiddenEntityTypes: state.hiddenEntityTypes,
        hiddenRelationTypes: state.hiddenRelationTypes,
        hiddenArticles: state.hiddenArticles,
        dateRange: state.dateRange,
      };
    case 'toggleEntityType':
      return { ...state, hiddenEntityTypes: toggled(state.hiddenEntityTypes, action.entityType) };
    case 'toggleRelationType':
      return { ...state, hiddenRelationTypes: toggled(state.hiddenRelationTypes, action.relationType) };
    case 'toggleArticle':
      return { ...state, hiddenArticles: toggled(state.hiddenArticles, action.documentId) };
    case 'showAllArticles':
      return isFilterActive(state) ? { ...state, hiddenArticles: new Set(), dateRange: OPEN_RANGE } : state;
    case 'setDateRange': {
      const { from, to } = action.range;
      if (from === state.dateRange.from && to === state.dateRange.to) return state;
      return { ...state, dateRange: { from, to } };
    }
    case 'setLayout':
      return action.layout === state.layout ? state : { ...state, layout: action.layout };
    case 'select': {
      const selection = [...new Set(action.ids)].filter((id) => isOnCanvas(state.graph, id));
      return sameList(selection, state.selection) ? state : { ...state, selection };
    }
    default:
      throw new UnreachableCaseError(action);
  }
}

/** Removes entities (with their relations) and relations; forgets them everywhere else in the view too. */
function removeIds(state: ViewState, ids: readonly string[]): ViewState {
  const gone = new Set(ids.filter((id) => isOnCanvas(state.graph, id)));
  if (gone.size === 0) return state;
  const nodes = new Map([...state.graph.nodes].filter(([id]) => !gone.has(id)));
  const edges = new Map(
    [...state.graph.edges].filter(
      ([id, e]) => !gone.has(id) && nodes.has(e.source.id) && nodes.has(e.target.id),
    ),
  );
  const kept = (id: string) => nodes.has(id) || edges.has(id);
  // A path whose first entity is gone has no start to list its hops from: it is no longer drawn as one.
  const pathKept = state.pathFrom !== null && nodes.has(state.pathFrom);
  return {
    ...state,
    graph: { nodes, edges, truncated: state.graph.truncated },
    hiddenIds: new Set([...state.hiddenIds].filter(kept)),
    pinned: new Map([...state.pinned].filter(([id]) => kept(id))),
    selection: state.selection.filter(kept),
    pathIds: pathKept ? new Set([...state.pathIds].filter(kept)) : new Set(),
    pathFrom: pathKept ? state.pathFrom : null,
  };
}

/**
 * What the canvas draws: the graph without the hidden elements, the entities of hidden types, the
 * relations of hidden types, the relations whose ends are not drawn, and, under the article filter, the
 * relations read only from excluded articles and the entities that filter leaves with no relation.
 * `dates` are the articles' publication dates, for the filter's date range.
 */
export function visibleGraph(state: ViewState, dates: ArticleDates = new Map()): CanvasGraph {
  const { graph, hiddenIds, hiddenEntityTypes, hiddenRelationTypes } = state;
  const byArticle = isFilterActive(state);
  if (hiddenIds.size === 0 && hiddenEntityTypes.size === 0 && hiddenRelationTypes.size === 0 && !byArticle) {
    return graph;
  }
  // Entities with relations on the canvas but none the article filter keeps: nothing left to show them for.
  const stranded = new Set<string>();
  if (byArticle) {
    const kept = new Set<string>();
    for (const e of graph.edges.values()) {
      const ends = [e.source.id, e.target.id];
      if (keepsRelation(state, dates, e)) ends.forEach((id) => kept.add(id));
      else ends.forEach((id) => stranded.add(id));
    }
    kept.forEach((id) => stranded.delete(id));
  }
  const nodes = new Map(
    [...graph.nodes].filter(
      ([id, n]) => !hiddenIds.has(id) && !hiddenEntityTypes.has(n.type) && !stranded.has(id),
    ),
  );
  const edges = new Map(
    [...graph.edges].filter(
      ([id, e]) =>
        !hiddenIds.has(id) &&
        !hiddenRelationTypes.has(e.type) &&
        (!byArticle || keepsRelation(state, dates, e)) &&
        nodes.has(e.source.id) &&
        nodes.has(e.target.id),
    ),
  );
  return { nodes, edges, truncated: graph.truncated };
}

function isOnCanvas(graph: CanvasGraph, id: string): boolean {
  return graph.nodes.has(id) || graph.edges.has(id);
}

function toggled(set: ReadonlySet<string>, value: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
