'use client';

import { useEffect, useEffectEvent, useReducer, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { INITIAL_CANVAS, canvasReducer } from '@/app/lib/canvas-state';
import { entityTypeCounts, relationTypeCounts } from '@/app/lib/graph-data';
import { gql, isAbortError } from '@/app/lib/graphql-client';
import { NEIGHBORHOOD_QUERY, OVERVIEW_QUERY, SUBGRAPH_QUERY } from '@/app/lib/queries';
import type {
  EntitySummary,
  NeighborhoodResult,
  OverviewResult,
  RelationView,
  SubgraphResult,
} from '@/app/lib/queries';
import { toRequestError } from '@/app/lib/use-async';
import { CanvasMessage } from './CanvasMessage';
import type { EmptyReason } from './CanvasMessage';
import { CanvasStatus } from './CanvasStatus';
import { DetailsPanel } from './DetailsPanel';
import type { Selection } from './DetailsPanel';
import { ExportDialog } from './ExportDialog';
import { FileActions } from './FileActions';
import { GraphCanvas } from './GraphCanvas';
import type { DrawnCounts, FocusRequest, GraphCanvasHandle } from './GraphCanvas';
import { ImportDialog } from './ImportDialog';
import { Legend } from './Legend';
import { SearchBox } from './SearchBox';
import { StatsLine } from './StatsLine';
import { StatusBanner } from './StatusBanner';
import type { Failure } from './StatusBanner';
import { Toolbar } from './Toolbar';

/** How many entities a first visit draws. */
const OVERVIEW_LIMIT = 40;

function requestOverview(signal?: AbortSignal): Promise<OverviewResult> {
  return gql<OverviewResult>(OVERVIEW_QUERY, { limit: OVERVIEW_LIMIT }, { signal });
}

/** Where the first load stands; `store-empty` when the overview came back with nothing in it. */
type Phase = 'loading' | 'ready' | 'failed' | 'store-empty';
type EntityRef = Pick<EntitySummary, 'id' | 'name'>;
/** Which dialog is open, if any. */
type OpenDialog = 'export' | 'import' | null;

/**
 * Public entry point of the explorer page (a client component). It owns what is on the canvas, what is
 * selected and what went wrong; the canvas, panels and toolbar render that and report what the reader did.
 */
export function Explorer({ brand }: { brand: ReactNode }) {
  const [{ graph, note }, dispatch] = useReducer(canvasReducer, INITIAL_CANVAS);
  const [phase, setPhase] = useState<Phase>('loading');
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [drawn, setDrawn] = useState<DrawnCounts>({ nodes: 0, edges: 0 });
  const [dialog, setDialog] = useState<OpenDialog>(null);
  // Bumped after an import, so the header's totals are loaded again.
  const [graphRevision, setGraphRevision] = useState(0);
  const canvas = useRef<GraphCanvasHandle>(null);

  function overviewArrived({ overview }: OverviewResult) {
    dispatch({ type: 'replace', subgraph: overview });
    setSelection({ kind: 'none' });
    setPhase(overview.nodes.length === 0 ? 'store-empty' : 'ready');
    setBusy(null);
  }

  function overviewFailed(error: unknown) {
    if (isAbortError(error)) return;
    // A failed reset keeps the graph already drawn; only a failed first load leaves the canvas empty.
    setPhase((p) => (p === 'loading' ? 'failed' : p));
    setFailure({ what: 'load the graph', error: toRequestError(error), retry: reloadOverview });
    setBusy(null);
  }

  function reloadOverview() {
    setBusy('Loading the overview…');
    setFailure(null);
    requestOverview().then(overviewArrived, overviewFailed);
  }

  // The first state already says "loading", so the mount effect only fetches and reports back.
  const onFirstOverview = useEffectEvent(overviewArrived);
  const onFirstOverviewFailed = useEffectEvent(overviewFailed);
  useEffect(() => {
    const controller = new AbortController();
    requestOverview(controller.signal).then(onFirstOverview, onFirstOverviewFailed);
    return () => controller.abort();
  }, []);

  async function expand(entity: EntityRef, then?: 'select'): Promise<void> {
    setBusy(`Expanding ${entity.name}…`);
    setFailure(null);
    try {
      const { neighborhood } = await gql<NeighborhoodResult>(NEIGHBORHOOD_QUERY, {
        ids: [entity.id],
        depth: 1,
      });
      dispatch({ type: 'expand', subgraph: neighborhood, around: entity.name });
      if (then === 'select') {
        setSelection({ kind: 'node', id: entity.id });
        setFocus((previous) => ({ id: entity.id, seq: (previous?.seq ?? 0) + 1 }));
      }
    } catch (error) {
      setFailure({
        what: `expand ${entity.name}`,
        error: toRequestError(error),
        retry: () => void expand(entity, then),
      });
    } finally {
      setBusy(null);
    }
  }

  async function showRelation(relation: RelationView): Promise<void> {
    setSelection({ kind: 'edge', relation });
    if (graph.edges.has(relation.id)) return;
    // Picked in the panel but not drawn yet: draw both ends and what joins them, so panel and canvas agree.
    try {
      const ids = [relation.source.id, relation.target.id];
      const { subgraph } = await gql<SubgraphResult>(SUBGRAPH_QUERY, { ids });
      dispatch({ type: 'merge', subgraph });
    } catch (error) {
      setFailure({
        what: `draw the relation ${relation.type}`,
        error: toRequestError(error),
        retry: () => void showRelation(relation),
      });
    }
  }

  function selectEdge(id: string) {
    const relation = graph.edges.get(id);
    if (relation !== undefined) setSelection({ kind: 'edge', relation });
  }

  function clearCanvas() {
    dispatch({ type: 'clear' });
    setSelection({ kind: 'none' });
  }

  const selectNode = (id: string) => setSelection({ kind: 'node', id });
  const clearSelection = () => setSelection({ kind: 'none' });
  const selectedId =
    selection.kind === 'node' ? selection.id : selection.kind === 'edge' ? selection.relation.id : null;

  return (
    <div className="app">
      <header className="topbar">
        {brand}
        <SearchBox onChoose={(suggestion) => void expand(suggestion, 'select')} />
        <StatsLine revision={graphRevision} />
        <FileActions
          canExport={graph.nodes.size > 0}
          onExport={() => setDialog('export')}
          onImport={() => setDialog('import')}
        />
      </header>
      {failure !== null && <StatusBanner failure={failure} onDismiss={() => setFailure(null)} />}
      <main className="workspace">
        <section className="canvas-area" aria-labelledby="canvas-heading">
          <h2 id="canvas-heading" className="visually-hidden">
            Graph
          </h2>
          <div className="canvas-bar">
            <Toolbar
              disabled={graph.nodes.size === 0}
              hasSelection={selection.kind !== 'none'}
              onLayout={() => canvas.current?.relayout()}
              onFit={() => canvas.current?.fit()}
              onClearSelection={clearSelection}
              onClearCanvas={clearCanvas}
              onReset={reloadOverview}
            />
            <CanvasStatus drawn={drawn} truncated={graph.truncated} note={busy ?? note} />
          </div>
          <div className="canvas-stage">
            <GraphCanvas
              ref={canvas}
              graph={graph}
              selectedId={selectedId}
              focus={focus}
              onDrawnChange={setDrawn}
              onSelectNode={selectNode}
              onSelectEdge={selectEdge}
              onExpand={(id) => void expand({ id, name: graph.nodes.get(id)?.name ?? id })}
              onClearSelection={clearSelection}
            />
            {graph.nodes.size === 0 && (
              <CanvasMessage reason={emptyReason(phase)} onReload={reloadOverview} />
            )}
          </div>
          <Legend entityTypes={entityTypeCounts(graph)} relationTypes={relationTypeCounts(graph)} />
        </section>
        <DetailsPanel
          selection={selection}
          summary={selection.kind === 'node' ? graph.nodes.get(selection.id) : undefined}
          expanding={busy !== null}
          onSelectNode={selectNode}
          onSelectRelation={(relation) => void showRelation(relation)}
          onExpand={(entity) => void expand(entity)}
        />
      </main>
      {dialog === 'export' && (
        <ExportDialog
          graph={graph}
          selection={selection}
          drawImage={(options) =>
            canvas.current?.image(options) ?? Promise.reject(new Error('The canvas is not ready yet.'))
          }
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'import' && (
        <ImportDialog
          onImported={() => setGraphRevision((n) => n + 1)}
          onShowGraph={() => {
            setDialog(null);
            reloadOverview();
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}

function emptyReason(phase: Phase): EmptyReason {
  return phase === 'ready' ? 'cleared' : phase;
}
