'use client';

import { useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { CANVAS_BACKGROUND, graphStylesheet } from '@/app/explorer/canvas/cytoscape-style';
import { entityTypeCounts, relationTypeCounts } from '@/app/lib/graph-data';
import { canRedo, canUndo } from '@/app/explorer/view/history';
import { useTheme } from '@/app/lib/theme';
import { visibleGraph } from '@/app/explorer/view/view-state';
import { drawnPathOf } from '@/app/explorer/path/path-chain';
import { viewSearch } from '@/app/explorer/view/view-url';
import { canvasEditing } from '@/app/explorer/canvas/canvas-editing';
import type { PathEnds } from '@/app/explorer/canvas/canvas-editing';
import { CanvasControls } from '@/app/explorer/canvas/CanvasControls';
import { CanvasStage } from '@/app/explorer/canvas/CanvasStage';
import { focusCanvas } from '@/app/explorer/canvas/canvas-keyboard';
import { ExplorerDialogs } from './ExplorerDialogs';
import type { OpenDialog } from './ExplorerDialogs';
import { ExplorerHeader } from './ExplorerHeader';
import { drawSentenceEntities } from '@/app/explorer/search/draw-sentence';
import type { DrawnCounts, GraphCanvasHandle, MenuRequest } from '@/app/explorer/canvas/GraphCanvas';
import { Legend } from '@/app/explorer/panels/Legend';
import { ArticleFilter } from '@/app/explorer/articles/ArticleFilter';
import { relationsPerArticle } from '@/app/explorer/articles/article-filter';
import { useArticleList } from '@/app/explorer/articles/use-article-list';
import { panelSelectionOf } from '@/app/explorer/panels/panel-selection';
import { dispatchShortcut } from '@/app/explorer/shortcuts/shortcut-dispatch';
import { SidePanels } from '@/app/explorer/panels/SidePanels';
import { StatusBanner } from './StatusBanner';
import { initialLoad, useCanvasRequests } from '@/app/explorer/canvas/use-canvas-requests';
import { useDrawGuard } from '@/app/explorer/expansion/use-draw-guard';
import { useExplorerSettings } from '@/app/explorer/settings/use-explorer-settings';
import { useShortcuts } from '@/app/explorer/shortcuts/use-shortcuts';
import { useViewHistory } from '@/app/explorer/view/use-view-history';
import { useViewUrl } from '@/app/explorer/view/use-view-url';
import type { Navigation } from '@/app/explorer/view/use-view-url';
import './explorer.css';

/**
 * Public entry point of the explorer page (a client component). It owns the view (what is on the canvas
 * and how it is shown, with its undo history and its URL) and what went wrong; the canvas, panels and
 * toolbars render that and report what the reader did.
 */
export function Explorer({ brand }: { brand: ReactNode }) {
  const [drawn, setDrawn] = useState<DrawnCounts>({ nodes: 0, edges: 0 });
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [menu, setMenu] = useState<MenuRequest | null>(null);
  const [settings, setSettings] = useExplorerSettings();
  const [showTable, setShowTable] = useState(false);
  const [pathEnds, setPathEnds] = useState<PathEnds | null>(null);
  const { theme, toggle: toggleTheme } = useTheme();
  const stylesheet = useMemo(() => graphStylesheet(theme), [theme]);
  const { question, guard } = useDrawGuard(settings.drawWarningThreshold);
  // Bumped after an import, so the header's totals are loaded again.
  const [graphRevision, setGraphRevision] = useState(0);
  const canvas = useRef<GraphCanvasHandle>(null);
  const { history, view, viewRef, restoreRequest, positionsNow, change, begin, undo, redo, restoreView } =
    useViewHistory(canvas);
  const articleList = useArticleList(graphRevision);
  const visible = useMemo(() => visibleGraph(view, articleList.dates), [view, articleList.dates]);
  const articleCounts = useMemo(() => relationsPerArticle(view.graph.edges.values()), [view.graph]);
  const drawnPath = useMemo(
    () => drawnPathOf(view.graph.edges, view.pathIds, view.pathFrom),
    [view.graph.edges, view.pathIds, view.pathFrom],
  );

  const requests = useCanvasRequests({
    change,
    begin,
    viewRef,
    guard,
    expansionLimit: settings.expansionLimit,
    // A link with a drawn path opens the path finder on it, with its hops listed.
    onPathOpened: (path) => setPathEnds({ from: path.from, to: path.to }),
  });
  const { phase, busy, failure, setFailure, pending, setPending, panelRelation, setPanelRelation } = requests;
  // Controls start an expansion and move on; how it went shows in the status line and the banner.
  const expand = (entity: { id: string; name: string }, then?: 'select') =>
    void requests.expand(entity, then);

  useViewUrl(view, phase === 'ready', positionsNow, (to: Navigation) => {
    setMenu(null);
    setPending(null);
    if (to.kind === 'known') restoreView(to.view);
    else void requests.load(initialLoad(to.search));
  });

  const editing = canvasEditing({
    view,
    change,
    positionsNow,
    setPanelRelation,
    setPending,
    setPathEnds,
    expand: requests.expand,
  });
  const fit = () => canvas.current?.fit();
  const relayout = () => canvas.current?.relayout();

  useShortcuts((action) =>
    dispatchShortcut(action, {
      view,
      visible,
      editing,
      change,
      undo,
      redo,
      openHelp: () => setDialog('help'),
      closeMenu: () => setMenu(null),
      fit,
      relayout,
      expand: (entity) => expand(entity),
      toggleTable: () => setShowTable((shown) => !shown),
      toggleTheme,
      positions: positionsNow,
    }),
  );

  const panelSelection = panelSelectionOf(view, panelRelation);
  const selectedSet = useMemo(() => new Set(view.selection), [view.selection]);

  function linkFor(withPositions: boolean): string {
    const search = viewSearch(view, withPositions ? { positions: canvas.current?.positions() } : {});
    return `${window.location.origin}${window.location.pathname}${search}`;
  }

  return (
    <div className="app">
      <ExplorerHeader
        brand={brand}
        onChoose={(suggestion) => {
          expand(suggestion, 'select');
          // The shortcuts (E, the arrows, Enter) act on the chosen entity at once.
          focusCanvas();
        }}
        onChooseSentence={(hit) => void drawSentenceEntities(hit, { viewRef, change, setFailure })}
        graphRevision={graphRevision}
        linkFor={linkFor}
        settings={settings}
        onSettingsChange={setSettings}
        canExport={view.graph.nodes.size > 0}
        onExport={() => setDialog('export')}
        onImport={() => setDialog('import')}
        onShowShortcuts={() => setDialog('help')}
      />
      {failure !== null && (
        <StatusBanner
          failure={failure}
          onDismiss={() => setFailure(null)}
          onReset={requests.reloadOverview}
        />
      )}
      <main className="workspace">
        <section className="canvas-area" aria-labelledby="canvas-heading">
          <h2 id="canvas-heading" className="visually-hidden">
            Graph
          </h2>
          <CanvasControls
            view={view}
            canUndo={canUndo(history)}
            canRedo={canRedo(history)}
            showTable={showTable}
            onShowTable={setShowTable}
            change={change}
            undo={undo}
            redo={redo}
            relayout={relayout}
            fit={fit}
            reloadOverview={requests.reloadOverview}
            onFindPath={() => setPathEnds((ends) => ends ?? { from: editing.selectedEntity(), to: null })}
            editing={editing}
            drawn={drawn}
            busy={busy}
          />
          <CanvasStage
            canvasRef={canvas}
            view={view}
            visible={visible}
            restore={restoreRequest}
            focus={requests.focus}
            stylesheet={stylesheet}
            canvasColor={CANVAS_BACKGROUND[theme]}
            renderer={settings.renderer}
            onDrawnChange={setDrawn}
            editing={editing}
            expand={(entity) => expand(entity)}
            phase={phase}
            reloadOverview={requests.reloadOverview}
            pending={pending}
            onDismissPending={() => setPending(null)}
            drawMore={(expansion, ids) => void requests.drawMore(expansion, ids)}
            expansionLimit={settings.expansionLimit}
            busy={busy !== null}
            menu={menu}
            onMenuChange={setMenu}
            showTable={showTable}
            selectedSet={selectedSet}
          />
          <Legend
            entityTypes={entityTypeCounts(view.graph)}
            relationTypes={relationTypeCounts(view.graph)}
            hiddenEntityTypes={view.hiddenEntityTypes}
            hiddenRelationTypes={view.hiddenRelationTypes}
            onToggleEntityType={(entityType) => change({ type: 'toggleEntityType', entityType })}
            onToggleRelationType={(relationType) => change({ type: 'toggleRelationType', relationType })}
          />
          <ArticleFilter
            filter={view}
            relationCounts={articleCounts}
            articles={articleList.articles}
            dates={articleList.dates}
            onToggleArticle={(documentId) => change({ type: 'toggleArticle', documentId })}
            onDateRange={(range) => change({ type: 'setDateRange', range })}
            onShowAll={() => change({ type: 'showAllArticles' })}
          />
        </section>
        <SidePanels
          view={view}
          pathEnds={pathEnds}
          onPathEndsChange={setPathEnds}
          selection={panelSelection}
          busy={busy !== null}
          editing={editing}
          expand={expand}
          drawnPath={drawnPath}
          drawPath={(path, from) => void requests.drawPath(path, from)}
          showRelation={(relation) => void requests.showRelation(relation)}
        />
      </main>
      <ExplorerDialogs
        dialog={dialog}
        onClose={() => setDialog(null)}
        graph={visible}
        selection={panelSelection}
        drawImage={(options) =>
          canvas.current?.image(options) ?? Promise.reject(new Error('The canvas is not ready yet.'))
        }
        onImported={() => setGraphRevision((n) => n + 1)}
        onShowGraph={() => {
          setDialog(null);
          requests.reloadOverview();
        }}
        question={question}
        drawWarningThreshold={settings.drawWarningThreshold}
      />
    </div>
  );
}
