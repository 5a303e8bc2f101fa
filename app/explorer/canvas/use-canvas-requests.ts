'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import type { RefObject } from 'react';
import { firstNewEntities } from '@/app/explorer/expansion/draw-limit';
import { EXPANSION_RELATIONS_FETCHED, neighboursOf, notDrawn } from '@/app/explorer/expansion/expansion';
import type { PendingExpansion } from '@/app/explorer/expansion/expansion';
import { takeHandoff } from '@/app/lib/explorer-link';
import type { Handoff } from '@/app/lib/explorer-link';
import { gql, isAbortError } from '@/app/lib/graphql-client';
import { CANVAS_SUBGRAPH_QUERY, EXPAND_QUERY, OVERVIEW_QUERY } from '@/app/lib/queries';
import type {
  CanvasSubgraphResult,
  EntitySummary,
  ExpandResult,
  OverviewResult,
  RelationView,
  SubgraphView,
} from '@/app/lib/queries';
import { toRequestError } from '@/app/lib/use-async';
import { LIMITS } from '@/graph/limits';
import { drawnPathOf } from '@/app/explorer/path/path-chain';
import type { DrawnPath } from '@/app/explorer/path/path-chain';
import { parseViewSearch } from '@/app/explorer/view/view-url';
import { UNREADABLE_LINK_NOTE, coversCanvas, idsToRelate, joinNotes, missingNote } from './canvas-subgraph';
import type { ViewAction, ViewSettings, ViewState } from '@/app/explorer/view/view-state';
import type { FocusRequest } from './GraphCanvas';
import type { Failure } from '@/app/explorer/StatusBanner';

/**
 * Everything the explorer asks the API for to change the canvas: the first load (the overview, a view
 * link, a hand-off), an expansion capped at the reader's limit, more of a capped expansion, a relation
 * picked in a panel, a path. Each result passes the draw warning (`guard`) and becomes one view action
 * (`change`). Whatever adds entities also asks, in one more request, for every relation among all the
 * entities on the canvas (canvas-subgraph.ts), so the canvas never lacks a relation between two drawn
 * entities. Every request selects summaries only (app/lib/queries.ts): evidence is the details panel's. The hook also holds what these requests leave behind: where the
 * first load stands, what is loading, what failed, what an expansion left out.
 */

/** How many entities a first visit draws: the API's default overview. */
const OVERVIEW_LIMIT = LIMITS.defaultOverviewLimit;
/** The API's limit on a neighbourhood's size. */
const MAX_NEIGHBORHOOD_LIMIT = LIMITS.maxNeighborhoodLimit;

/** Where the first load stands; `store-empty` when the overview came back with nothing in it. */
export type Phase = 'loading' | 'ready' | 'failed' | 'store-empty';
type EntityRef = Pick<EntitySummary, 'id' | 'name'>;

/** What a load from the URL asks for. */
export type InitialLoad =
  | { kind: 'overview'; note?: string }
  | { kind: 'view'; entities: string[]; settings: ViewSettings }
  | { kind: 'handoff'; key: string; settings: ViewSettings };

/**
 * Hand-offs already taken out of sessionStorage in this page load. A hand-off is read once, but the first
 * load may run twice (React runs mount effects twice in development): the second run finds it here.
 */
const takenHandoffs = new Map<string, Handoff | null>();

function readHandoff(key: string): Handoff | null {
  if (!takenHandoffs.has(key)) takenHandoffs.set(key, takeHandoff(window.sessionStorage, key));
  return takenHandoffs.get(key) ?? null;
}

export function initialLoad(search: string): InitialLoad {
  const request = parseViewSearch(search);
  if (request.handoff !== null) return { kind: 'handoff', key: request.handoff, settings: request.settings };
  if (request.entities.length > 0) {
    return { kind: 'view', entities: request.entities, settings: request.settings };
  }
  return request.unreadable ? { kind: 'overview', note: UNREADABLE_LINK_NOTE } : { kind: 'overview' };
}

interface CanvasRequestsOptions {
  /** Applies a view action (an undo step). */
  change: (action: ViewAction) => void;
  /** Starts the view's history afresh with an action (what a visit or a link arrives at). */
  begin: (action: ViewAction) => void;
  /** A link opened with a drawn path: the side panel lists its hops. */
  onPathOpened: (path: DrawnPath) => void;
  /** The view as it is now (answers arrive after renders). */
  viewRef: RefObject<ViewState>;
  /** The draw warning: the subgraph to draw, cut down, or null when the reader cancelled. */
  guard: (subgraph: SubgraphView, onCanvas: ReadonlySet<string>) => Promise<SubgraphView | null>;
  expansionLimit: number;
}

export function useCanvasRequests(options: CanvasRequestsOptions) {
  const { change, begin, viewRef, guard, expansionLimit } = options;
  const [phase, setPhase] = useState<Phase>('loading');
  const [panelRelation, setPanelRelation] = useState<RelationView | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, setPending] = useState<PendingExpansion | null>(null);

  function fail(what: string, error: unknown, retry: () => void) {
    if (isAbortError(error)) return;
    // A failed reset keeps the graph already drawn; only a failed first load leaves the canvas empty.
    setPhase((p) => (p === 'loading' ? 'failed' : p));
    setFailure({ what, error: toRequestError(error), retry });
    setBusy(null);
  }

  /**
   * Every entity of `added` and of the canvas with every relation among them, in one request; `added`
   * itself when it already holds them all (`induced`: it has every relation among its entities, as a
   * neighbourhood has and a path has not, and it covers the canvas).
   */
  async function withRelationsAmong(
    added: SubgraphView,
    induced: boolean,
    signal?: AbortSignal,
  ): Promise<SubgraphView> {
    const onCanvas = new Set(viewRef.current.graph.nodes.keys());
    if (induced && coversCanvas(added, onCanvas)) return added;
    const ids = idsToRelate(
      added.nodes.map((n) => n.id),
      onCanvas,
    );
    const { subgraph } = await gql<CanvasSubgraphResult>(CANVAS_SUBGRAPH_QUERY, { ids }, { signal });
    return { nodes: subgraph.nodes, edges: subgraph.edges, truncated: added.truncated };
  }

  /** The entities `ids` and every relation among them; ids the graph no longer holds are listed apart. */
  async function canvasSubgraph(ids: readonly string[], signal?: AbortSignal) {
    const { subgraph } = await gql<CanvasSubgraphResult>(
      CANVAS_SUBGRAPH_QUERY,
      { ids: idsToRelate(ids, []) },
      { signal },
    );
    const { missing, ...drawn } = subgraph;
    return { subgraph: drawn, missing };
  }

  /**
   * Draws what the URL asks for. `fresh`: this is where the visit (or a link followed with back/forward)
   * arrives, so the history starts here with nothing to undo; otherwise (reset to overview) it is a step.
   */
  async function load(request: InitialLoad, signal?: AbortSignal, fresh = true): Promise<void> {
    setFailure(null);
    setPending(null);
    setPanelRelation(null);
    const apply = fresh ? begin : change;
    try {
      switch (request.kind) {
        case 'overview': {
          const { overview } = await gql<OverviewResult>(
            OVERVIEW_QUERY,
            { limit: OVERVIEW_LIMIT },
            { signal },
          );
          const drawn = await guard(overview, new Set());
          if (drawn === null) return;
          apply({ type: 'replace', subgraph: drawn, note: request.note });
          setPhase(overview.nodes.length === 0 ? 'store-empty' : 'ready');
          break;
        }
        case 'view': {
          const { missing, subgraph } = await canvasSubgraph(request.entities, signal);
          const drawn = await guard(subgraph, new Set());
          if (drawn === null) return;
          apply({
            type: 'open',
            subgraph: drawn,
            settings: request.settings,
            note: joinNotes(missingNote(missing, 'link')),
          });
          const path = drawnPathOf(
            new Map(drawn.edges.map((e) => [e.id, e])),
            request.settings.path,
            request.settings.path[0] ?? null,
          );
          if (path !== null) options.onPathOpened(path);
          setPhase('ready');
          break;
        }
        case 'handoff': {
          const handoff = readHandoff(request.key);
          if (handoff === null) {
            // Read once: a reload of a hand-off URL finds nothing; the overview is better than a blank page.
            await load({ kind: 'overview' }, signal);
            setFailure({
              what: 'draw the hand-off',
              error: toRequestError(new Error('The result to draw was already used or has expired.')),
              retry: () => void load({ kind: 'overview' }),
            });
            return;
          }
          // Every relation among the result's entities, as a link to the same entities would draw.
          const { missing, subgraph } = await canvasSubgraph(handoff.entityIds, signal);
          const drawn = await guard(subgraph, new Set());
          if (drawn === null) return;
          apply({
            type: 'open',
            subgraph: drawn,
            settings: request.settings,
            note: joinNotes(`Drawn from ${handoff.origin}.`, missingNote(missing, 'result')),
          });
          setPhase('ready');
          break;
        }
      }
    } catch (error) {
      fail('load the graph', error, () => void load(request, undefined, fresh));
    } finally {
      setBusy(null);
    }
  }

  function reloadOverview() {
    setBusy('Loading the overview…');
    void load({ kind: 'overview' }, undefined, false);
  }

  // The first state already says "loading", so the mount effect only fetches and reports back.
  const loadFirst = useEffectEvent((signal: AbortSignal) =>
    load(initialLoad(window.location.search), signal),
  );
  useEffect(() => {
    const controller = new AbortController();
    void loadFirst(controller.signal);
    return () => controller.abort();
  }, []);

  async function expand(entity: EntityRef, then?: 'select'): Promise<void> {
    setBusy(`Expanding ${entity.name}…`);
    setFailure(null);
    // Room for the entity itself and the neighbours already drawn, so expanding again brings new ones; the
    // answer is then cut to the first `expansionLimit` entities not on the canvas.
    const drawnNeighbours = new Set<string>();
    for (const edge of viewRef.current.graph.edges.values()) {
      if (edge.source.id === entity.id) drawnNeighbours.add(edge.target.id);
      if (edge.target.id === entity.id) drawnNeighbours.add(edge.source.id);
    }
    try {
      const result = await gql<ExpandResult>(EXPAND_QUERY, {
        id: entity.id,
        limit: Math.min(MAX_NEIGHBORHOOD_LIMIT, 1 + expansionLimit + drawnNeighbours.size),
        first: EXPANSION_RELATIONS_FETCHED,
      });
      const neighbours = neighboursOf(entity.id, result.entity?.relations ?? []);
      const onCanvas = new Set(viewRef.current.graph.nodes.keys());
      const capped = firstNewEntities(result.neighborhood, new Set([...onCanvas, entity.id]), expansionLimit);
      const guarded = await guard(capped, onCanvas);
      if (guarded === null) return;
      const drawn = await withRelationsAmong(guarded, true);
      const remaining = notDrawn(
        neighbours,
        new Set([...viewRef.current.graph.nodes.keys(), ...drawn.nodes.map((n) => n.id)]),
      );
      change({
        type: 'expand',
        subgraph: drawn,
        around: entity.name,
        remaining: remaining.length,
      });
      setPending(
        remaining.length > 0 ? { around: entity, degree: result.entity?.degree ?? 0, neighbours } : null,
      );
      if (then === 'select') {
        setPanelRelation(null);
        change({ type: 'select', ids: [entity.id] });
        setFocus((previous) => ({ id: entity.id, seq: (previous?.seq ?? 0) + 1 }));
      }
    } catch (error) {
      fail(`expand ${entity.name}`, error, () => void expand(entity, then));
    } finally {
      setBusy(null);
    }
  }

  /** Draws more of a capped expansion's neighbours: the next batch, or the ones picked. One request. */
  async function drawMore(expansion: PendingExpansion, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    setBusy(`Drawing ${ids.length} more around ${expansion.around.name}…`);
    setFailure(null);
    try {
      // Every entity on the canvas with the new ones, so the relations among all of them come along.
      const { subgraph: fetched } = await canvasSubgraph([
        expansion.around.id,
        ...ids,
        ...viewRef.current.graph.nodes.keys(),
      ]);
      const subgraph = await guard(fetched, new Set(viewRef.current.graph.nodes.keys()));
      if (subgraph === null) return;
      const onCanvas = new Set([...viewRef.current.graph.nodes.keys(), ...subgraph.nodes.map((n) => n.id)]);
      const remaining = notDrawn(expansion.neighbours, onCanvas);
      change({ type: 'expand', subgraph, around: expansion.around.name, remaining: remaining.length });
      setPending(remaining.length > 0 ? expansion : null);
    } catch (error) {
      fail(`draw more around ${expansion.around.name}`, error, () => void drawMore(expansion, ids));
    } finally {
      setBusy(null);
    }
  }

  async function showRelation(relation: RelationView): Promise<void> {
    if (viewRef.current.graph.edges.has(relation.id)) {
      setPanelRelation(null);
      change({ type: 'show', ids: [relation.id, relation.source.id, relation.target.id] });
      change({ type: 'select', ids: [relation.id] });
      return;
    }
    // Picked in the panel but not drawn yet: draw both ends and what joins them, so panel and canvas agree.
    setPanelRelation(relation);
    try {
      const { subgraph } = await canvasSubgraph([
        relation.source.id,
        relation.target.id,
        ...viewRef.current.graph.nodes.keys(),
      ]);
      change({ type: 'merge', subgraph });
      change({ type: 'select', ids: [relation.id] });
      setPanelRelation(null);
    } catch (error) {
      fail(`draw the relation ${relation.type}`, error, () => void showRelation(relation));
    }
  }

  /**
   * Draws a path the path finder found (walked from `from`), highlighted, with every relation among it
   * and the canvas; its hidden elements are shown.
   */
  async function drawPath(path: SubgraphView, from: string): Promise<void> {
    try {
      const drawn = await guard(path, new Set(viewRef.current.graph.nodes.keys()));
      if (drawn === null) return;
      const subgraph = await withRelationsAmong(drawn, false);
      change({ type: 'drawPath', subgraph, path: drawn, from });
    } catch (error) {
      fail('draw the path', error, () => void drawPath(path, from));
    }
  }

  return {
    phase,
    busy,
    failure,
    setFailure,
    pending,
    setPending,
    panelRelation,
    setPanelRelation,
    focus,
    load,
    reloadOverview,
    expand,
    drawMore,
    showRelation,
    drawPath,
  };
}
