'use client';

import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import dynamic from 'next/dynamic';
import { CANVAS_BACKGROUND, graphStylesheet } from '@/app/lib/cytoscape-style';
import { notDrawn } from '@/app/lib/expansion';
import type { Neighbour } from '@/app/lib/expansion';
import { entityTypeCounts, relationTypeCounts } from '@/app/lib/graph-data';
import { canRedo, canUndo } from '@/app/lib/history';
import type { LayoutName } from '@/app/lib/layouts';
import type { Position } from '@/app/lib/placement';
import type { RelationView } from '@/app/lib/queries';
import type { ShortcutAction } from '@/app/lib/shortcuts';
import { useTheme } from '@/app/lib/theme';
import { INITIAL_VIEW_HISTORY, viewHistoryReducer } from '@/app/lib/view-history';
import { visibleGraph } from '@/app/lib/view-state';
import type { ViewAction } from '@/app/lib/view-state';
import { viewSearch } from '@/app/lib/view-url';
import { CanvasMessage } from './CanvasMessage';
import type { EmptyReason } from './CanvasMessage';
import { CanvasStatus } from './CanvasStatus';
import { ContextMenu } from './ContextMenu';
import type { NodeMenuAction } from './ContextMenu';
import { DetailsPanel } from './DetailsPanel';
import type { Selection } from './DetailsPanel';
import { ExpansionMore } from './ExpansionMore';
import { FileActions } from './FileActions';
import { GraphCanvas } from './GraphCanvas';
import type { DrawnCounts, GraphCanvasHandle, MenuRequest } from './GraphCanvas';
import { Legend } from './Legend';
import { SearchBox } from './SearchBox';
import type { PathEnd } from './PathFinder';
import { SelectionBar } from './SelectionBar';
import { SettingsMenu } from './SettingsMenu';
import { ShareLink } from './ShareLink';
import { StatsLine } from './StatsLine';
import { StatusBanner } from './StatusBanner';
import { ThemeToggle } from './ThemeToggle';
import { Toolbar } from './Toolbar';
import { initialLoad, useCanvasRequests } from './use-canvas-requests';
import type { Phase } from './use-canvas-requests';
import { useDrawGuard } from './use-draw-guard';
import { useExplorerSettings } from './use-explorer-settings';
import { useShortcuts } from './use-shortcuts';
import { useViewUrl } from './use-view-url';
import type { Navigation } from './use-view-url';
import './explorer.css';

// Dialogs and panels are not needed at first paint: they load when first opened, keeping the page's first
// JavaScript small.
const ExportDialog = dynamic(() => import('./ExportDialog').then((m) => m.ExportDialog), { ssr: false });
const ImportDialog = dynamic(() => import('./ImportDialog').then((m) => m.ImportDialog), { ssr: false });
const ShortcutsHelp = dynamic(() => import('./ShortcutsHelp').then((m) => m.ShortcutsHelp), { ssr: false });
const TableView = dynamic(() => import('./TableView').then((m) => m.TableView), { ssr: false });
const PathFinder = dynamic(() => import('./PathFinder').then((m) => m.PathFinder), { ssr: false });
const DrawWarning = dynamic(() => import('./DrawWarning').then((m) => m.DrawWarning), { ssr: false });

/** Which dialog is open, if any. */
type OpenDialog = 'export' | 'import' | 'help' | null;
/** The path finder's two ends, while it is open. */
interface PathEnds {
  from: PathEnd | null;
  to: PathEnd | null;
}

/**
 * Public entry point of the explorer page (a client component). It owns the view (what is on the canvas
 * and how it is shown, with its undo history and its URL) and what went wrong; the canvas, panels and
 * toolbars render that and report what the reader did.
 */
export function Explorer({ brand }: { brand: ReactNode }) {
  const [{ history, restore }, dispatchHistory] = useReducer(viewHistoryReducer, INITIAL_VIEW_HISTORY);
  const view = history.present;
  const visible = useMemo(() => visibleGraph(view), [view]);
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
  // Async work (an expansion's answer) must read the view as it is when the answer arrives.
  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);

  const {
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
  } = useCanvasRequests({ change, viewRef, guard, expansionLimit: settings.expansionLimit });

  const restoreRequest = useMemo(
    () => ({ seq: restore.seq, fit: restore.fit, positions: view.positions }),
    [restore, view.positions],
  );

  const positionsNow = (): ReadonlyMap<string, Position> => canvas.current?.positions() ?? new Map();
  function change(action: ViewAction) {
    dispatchHistory({ type: 'do', action, positions: positionsNow() });
  }
  const undo = () => dispatchHistory({ type: 'undo', positions: positionsNow() });
  const redo = () => dispatchHistory({ type: 'redo', positions: positionsNow() });

  useViewUrl(view, phase === 'ready', positionsNow, (to: Navigation) => {
    setMenu(null);
    setPending(null);
    if (to.kind === 'known') dispatchHistory({ type: 'restore', view: to.view, positions: positionsNow() });
    else void load(initialLoad(to.search));
  });

  function select(ids: readonly string[]) {
    setPanelRelation(null);
    change({ type: 'select', ids });
  }

  /** The canvas reports a selection as a set: keep the order things were selected in (last = shown). */
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

  /** The entity the keyboard's path and expand shortcuts act on: the last entity selected. */
  function selectedEntity(): PathEnd | null {
    const id = selectedEntityIds.at(-1);
    const entity = id === undefined ? undefined : view.graph.nodes.get(id);
    return entity === undefined ? null : { id: entity.id, name: entity.name };
  }

  function runShortcut(action: ShortcutAction): boolean {
    const hasSelection = view.selection.length > 0;
    switch (action) {
      case 'undo':
        undo();
        return true;
      case 'redo':
        redo();
        return true;
      case 'focusSearch':
        document.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus();
        return true;
      case 'help':
        setDialog('help');
        return true;
      case 'fit':
        canvas.current?.fit();
        return true;
      case 'relayout':
        canvas.current?.relayout();
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
        togglePin(view.selection);
        return hasSelection;
      case 'selectAll':
        select([...visible.nodes.keys(), ...visible.edges.keys()]);
        return true;
      case 'clearSelection':
        setMenu(null);
        select([]);
        return true;
      case 'expandSelected': {
        const entity = selectedEntity();
        if (entity !== null) void expand(entity);
        return entity !== null;
      }
      case 'toggleTable':
        setShowTable((shown) => !shown);
        return true;
      case 'toggleTheme':
        toggleTheme();
        return true;
      case 'pathFromSelected':
      case 'pathToSelected': {
        const entity = selectedEntity();
        if (entity === null) return false;
        nodeAction(entity.id, action === 'pathFromSelected' ? 'pathFrom' : 'pathTo');
        return true;
      }
    }
  }
  useShortcuts(runShortcut);

  const primary = view.selection.at(-1);
  const panelSelection: Selection =
    panelRelation !== null
      ? { kind: 'edge', relation: panelRelation }
      : primary !== undefined && view.graph.nodes.has(primary)
        ? { kind: 'node', id: primary }
        : primary !== undefined && view.graph.edges.has(primary)
          ? { kind: 'edge', relation: view.graph.edges.get(primary) as RelationView }
          : { kind: 'none' };
  const remaining: Neighbour[] =
    pending === null ? [] : notDrawn(pending.neighbours, new Set(view.graph.nodes.keys()));
  const selectedSet = useMemo(() => new Set(view.selection), [view.selection]);
  const menuEntity = menu === null ? undefined : view.graph.nodes.get(menu.id);

  function linkFor(withPositions: boolean): string {
    const search = viewSearch(view, withPositions ? { positions: canvas.current?.positions() } : {});
    return `${window.location.origin}${window.location.pathname}${search}`;
  }

  return (
    <div className="app">
      <header className="topbar">
        {brand}
        <SearchBox onChoose={(suggestion) => void expand(suggestion, 'select')} />
        <StatsLine revision={graphRevision} />
        <div className="topbar-actions">
          <ShareLink linkFor={linkFor} />
          <SettingsMenu settings={settings} onChange={setSettings} />
          <FileActions
            canExport={view.graph.nodes.size > 0}
            onExport={() => setDialog('export')}
            onImport={() => setDialog('import')}
          />
          <ThemeToggle />
          <button
            type="button"
            className="help-button"
            onClick={() => setDialog('help')}
            aria-haspopup="dialog"
            aria-keyshortcuts="?"
          >
            Shortcuts
          </button>
        </div>
      </header>
      {failure !== null && <StatusBanner failure={failure} onDismiss={() => setFailure(null)} />}
      <main className="workspace">
        <section className="canvas-area" aria-labelledby="canvas-heading">
          <h2 id="canvas-heading" className="visually-hidden">
            Graph
          </h2>
          <div className="canvas-bar">
            <Toolbar
              empty={view.graph.nodes.size === 0}
              canUndo={canUndo(history)}
              canRedo={canRedo(history)}
              layout={view.layout}
              hiddenCount={view.hiddenIds.size}
              showTable={showTable}
              onUndo={undo}
              onRedo={redo}
              onLayoutChange={(layout: LayoutName) => change({ type: 'setLayout', layout })}
              onRelayout={() => canvas.current?.relayout()}
              onFit={() => canvas.current?.fit()}
              onShowHidden={() => change({ type: 'show' })}
              onClearCanvas={clearCanvas}
              onReset={reloadOverview}
              onShowTable={setShowTable}
              onFindPath={() => setPathEnds((ends) => ends ?? { from: selectedEntity(), to: null })}
            />
          </div>
          <div className="canvas-bar canvas-bar-secondary">
            <SelectionBar
              count={view.selection.length}
              entityCount={selectedEntityIds.length}
              allPinned={allPinned}
              onHide={() => change({ type: 'hide', ids: view.selection })}
              onRemove={() => change({ type: 'remove', ids: view.selection })}
              onTogglePin={() => togglePin(view.selection)}
              onClear={() => select([])}
            />
            <CanvasStatus drawn={drawn} truncated={view.graph.truncated} note={busy ?? view.note} />
          </div>
          <div className="canvas-stage">
            <GraphCanvas
              ref={canvas}
              graph={visible}
              selectedIds={view.selection}
              pinned={view.pinned}
              pathIds={view.pathIds}
              layout={view.layout}
              restore={restoreRequest}
              focus={focus}
              stylesheet={stylesheet}
              canvasColor={CANVAS_BACKGROUND[theme]}
              renderer={settings.renderer}
              onDrawnChange={setDrawn}
              onSelectionChange={selectionFromCanvas}
              onExpand={(id) => void expand({ id, name: view.graph.nodes.get(id)?.name ?? id })}
              onContextMenu={(request) => {
                if (!view.selection.includes(request.id)) select([request.id]);
                setMenu(request);
              }}
            />
            {view.graph.nodes.size === 0 && (
              <CanvasMessage reason={emptyReason(phase)} onReload={reloadOverview} />
            )}
            {pending !== null && remaining.length > 0 && (
              <ExpansionMore
                aroundName={pending.around.name}
                remaining={remaining}
                step={settings.expansionLimit}
                busy={busy !== null}
                onShowMore={() =>
                  void drawMore(
                    pending,
                    remaining.slice(0, settings.expansionLimit).map((n) => n.entity.id),
                  )
                }
                onDrawPicked={(ids) => void drawMore(pending, ids)}
                onDismiss={() => setPending(null)}
              />
            )}
            {menu !== null && menuEntity !== undefined && (
              <ContextMenu
                name={menuEntity.name}
                pinned={view.pinned.has(menu.id)}
                x={menu.x}
                y={menu.y}
                onAction={(action) => nodeAction(menu.id, action)}
                onClose={() => setMenu(null)}
              />
            )}
            {showTable && (
              <div className="table-overlay">
                <TableView
                  nodes={[...visible.nodes.values()]}
                  edges={[...visible.edges.values()]}
                  selectedIds={selectedSet}
                  onSelect={(id, _kind, additive) =>
                    select(
                      additive
                        ? view.selection.includes(id)
                          ? view.selection.filter((s) => s !== id)
                          : [...view.selection, id]
                        : [id],
                    )
                  }
                />
              </div>
            )}
          </div>
          <Legend
            entityTypes={entityTypeCounts(view.graph)}
            relationTypes={relationTypeCounts(view.graph)}
            hiddenEntityTypes={view.hiddenEntityTypes}
            hiddenRelationTypes={view.hiddenRelationTypes}
            onToggleEntityType={(entityType) => change({ type: 'toggleEntityType', entityType })}
            onToggleRelationType={(relationType) => change({ type: 'toggleRelationType', relationType })}
          />
        </section>
        <div className="side-column">
          {pathEnds !== null && (
            <PathFinder
              from={pathEnds.from}
              to={pathEnds.to}
              onChangeEnds={(from, to) => setPathEnds({ from, to })}
              hiddenEntityTypes={[...view.hiddenEntityTypes]}
              hiddenRelationTypes={[...view.hiddenRelationTypes]}
              onPath={(path) => void drawPath(path)}
              onNoPath={() => undefined}
              onSelectRelation={(relation) => void showRelation(relation)}
              onClose={() => setPathEnds(null)}
            />
          )}
          <DetailsPanel
            selection={panelSelection}
            summary={panelSelection.kind === 'node' ? view.graph.nodes.get(panelSelection.id) : undefined}
            expanding={busy !== null}
            selectedCount={view.selection.length}
            pinned={panelSelection.kind === 'node' && view.pinned.has(panelSelection.id)}
            onNodeAction={nodeAction}
            onSelectNode={(id) => {
              if (view.graph.nodes.has(id)) select([id]);
              else void expand({ id, name: id }, 'select');
            }}
            onSelectRelation={(relation) => void showRelation(relation)}
            onExpand={(entity) => void expand(entity)}
          />
        </div>
      </main>
      {dialog === 'export' && (
        <ExportDialog
          graph={visible}
          selection={panelSelection}
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
      {dialog === 'help' && <ShortcutsHelp onClose={() => setDialog(null)} />}
      {question !== null && (
        <DrawWarning
          incoming={question.incoming}
          onCanvas={question.onCanvas}
          threshold={settings.drawWarningThreshold}
          onDrawAll={() => question.answer('all')}
          onDrawFirst={(count) => question.answer(count)}
          onCancel={() => question.answer(null)}
        />
      )}
    </div>
  );
}

function emptyReason(phase: Phase): EmptyReason {
  return phase === 'ready' ? 'cleared' : phase;
}
