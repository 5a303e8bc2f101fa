'use client';

import { useEffect, useEffectEvent, useImperativeHandle, useRef, useState } from 'react';
import type { Ref } from 'react';
import type { Core, Layouts, NodeSingular, StylesheetJson } from 'cytoscape';
import { canvasImage } from '@/app/lib/canvas-image';
import type { ImageOptions } from '@/app/lib/canvas-image';
import { CANVAS_MARKS_STYLESHEET } from '@/app/lib/canvas-marks-style';
import { canvasPerformance } from '@/app/lib/canvas-performance';
import { detectWebglSupport } from '@/app/lib/canvas-performance-webgl';
import type { RendererChoice } from '@/app/lib/canvas-performance';
import { loadCytoscape } from '@/app/lib/cytoscape-loader';
import { GRAPH_STYLESHEET } from '@/app/lib/cytoscape-style';
import { planSync, toElements } from '@/app/lib/elements';
import type { CanvasGraph } from '@/app/lib/graph-data';
import { layoutOptions } from '@/app/lib/layouts';
import type { LayoutName } from '@/app/lib/layouts';
import { placeNewNodes } from '@/app/lib/placement';
import type { Position } from '@/app/lib/placement';

/** Commands the toolbar sends to the canvas, and what it can be asked about. */
export interface GraphCanvasHandle {
  /** Lays the whole graph out again from scratch with the current layout. */
  relayout(): void;
  /** Zooms and pans so every element is in view. */
  fit(): void;
  /** A picture of the whole drawing as it looks (PNG or SVG); rejects when the canvas is not ready. */
  image(options: Omit<ImageOptions, 'themeColor'>): Promise<Blob>;
  /** Where every entity is now (model coordinates), and where removed ones were last drawn. */
  positions(): Map<string, Position>;
}

/** Ask the canvas to centre an element once it is drawn and laid out; `seq` makes a repeat request new. */
export interface FocusRequest {
  id: string;
  seq: number;
}

/**
 * Put entities back where they were (undo, redo, back/forward, a link with positions). A new `seq` is a
 * new request; `fit` zooms to the result (a link opened) rather than keeping the reader's viewport.
 */
export interface RestoreRequest {
  seq: number;
  positions: ReadonlyMap<string, Position>;
  fit: boolean;
}

/** Where a context menu was asked for, in CSS pixels from the canvas's top-left corner. */
export interface MenuRequest {
  id: string;
  x: number;
  y: number;
}

interface GraphCanvasProps {
  /** What to draw: the view's graph without what is hidden or filtered out. */
  graph: CanvasGraph;
  selectedIds: readonly string[];
  pinned: ReadonlyMap<string, Position>;
  pathIds: ReadonlySet<string>;
  layout: LayoutName;
  restore: RestoreRequest;
  focus: FocusRequest | null;
  /** The theme's stylesheet (defaults to the light one). */
  stylesheet?: StylesheetJson;
  /** The theme's canvas colour: the WebGL renderer blends arrowheads against it (read at creation). */
  canvasColor?: string;
  /** Canvas, WebGL, or by the drawing's size. */
  renderer?: RendererChoice;
  /** Called whenever the number of drawn entities or relations changes. */
  onDrawnChange: (drawn: DrawnCounts) => void;
  /** The reader changed the selection on the canvas (click, shift-click, box, a click on the background). */
  onSelectionChange: (ids: string[]) => void;
  onExpand: (id: string) => void;
  onContextMenu: (request: MenuRequest) => void;
  ref?: Ref<GraphCanvasHandle>;
}

/** How many elements Cytoscape actually holds. */
export interface DrawnCounts {
  nodes: number;
  edges: number;
}

/** What the canvas remembers between renders: the last things it mirrored and the running layout. */
interface CanvasMemory {
  running: Layouts | undefined;
  pendingFocus: string | undefined;
  graph: CanvasGraph | undefined;
  layout: LayoutName;
  restoreSeq: number;
  /** Where removed entities were, so hiding and showing one puts it back in its place. */
  lastKnown: Map<string, Position>;
  /** True while the page itself changes Cytoscape's selection, so that change is not reported back. */
  applyingSelection: boolean;
  /** The viewport of an instance being replaced (a renderer switch), for its successor. */
  viewport: { zoom: number; pan: Position } | undefined;
}

/**
 * The Cytoscape canvas. It mirrors its props: each change adds and removes only the elements that differ
 * (new entities start next to their neighbours, or where they were before), pins lock entities in place,
 * and the layout runs only when something new needs a place or the reader asks. Selection gestures are
 * Cytoscape's own (click, shift/ctrl-click to add, shift-drag for a box, click the background to clear);
 * the result is reported and the page's selection is mirrored back. The counts it reports are what
 * Cytoscape actually holds, not what was asked for.
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { graph, selectedIds, pinned, pathIds, layout, restore, focus, ref } = props;
  const stylesheet = props.stylesheet ?? GRAPH_STYLESHEET;
  const container = useRef<HTMLDivElement>(null);
  const memory = useRef<CanvasMemory>({
    running: undefined,
    pendingFocus: undefined,
    graph: undefined,
    layout,
    restoreSeq: restore.seq,
    lastKnown: new Map(),
    applyingSelection: false,
    viewport: undefined,
  });
  const [cy, setCy] = useState<Core | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);

  const reportSelection = useEffectEvent((ids: string[]) => props.onSelectionChange(ids));
  const expand = useEffectEvent((id: string) => props.onExpand(id));
  const openMenu = useEffectEvent((request: MenuRequest) => props.onContextMenu(request));
  const reportDrawn = useEffectEvent((counts: DrawnCounts) => props.onDrawnChange(counts));
  // Big drawings get Cytoscape's performance options, and past a size (or by choice) its WebGL renderer.
  // Both are fixed when an instance is created, so a change of tier creates the instance again.
  // Without a GPU (a headless browser, a locked-down laptop) WebGL runs on the CPU and is far slower than
  // the tuned canvas (see `npm run bench:canvas`), so 'auto' asks what the browser really has. The probe
  // runs once per page; on the server no instance is ever created, so its answer there does not matter.
  const performance = canvasPerformance(
    graph.nodes.size + graph.edges.size,
    props.renderer ?? 'auto',
    detectWebglSupport(),
  );
  const tier = performance.webgl ? 'webgl' : JSON.stringify(performance.options);
  const fullStyle = [...stylesheet, ...performance.style, ...CANVAS_MARKS_STYLESHEET];
  const creationOptions = useEffectEvent(() => ({
    style: fullStyle,
    options: performance.options,
    webgl: performance.webgl,
    canvasColor: props.canvasColor,
  }));

  // Create the Cytoscape instance in the browser only: once, and again when the performance tier changes.
  useEffect(() => {
    let disposed = false;
    let instance: Core | undefined;
    const state = memory.current;
    loadCytoscape().then(
      (cytoscape) => {
        if (disposed || container.current === null) return;
        const { style, options, webgl, canvasColor } = creationOptions();
        if (webgl && canvasColor !== undefined) container.current.style.backgroundColor = canvasColor;
        else container.current.style.removeProperty('background-color');
        const created = cytoscape({
          container: container.current,
          style,
          ...options,
          minZoom: 0.15,
          maxZoom: 3,
          // A drag on the background pans; with Shift (or Ctrl/Cmd) held it draws a selection box.
          boxSelectionEnabled: true,
          selectionType: 'single',
        });
        instance = created;
        container.current.dataset.layout = 'idle';
        // One report per gesture: a box or a click can select and unselect many elements at once.
        let reportQueued = false;
        created.on('select unselect', () => {
          if (state.applyingSelection || reportQueued) return;
          reportQueued = true;
          setTimeout(() => {
            reportQueued = false;
            if (!disposed) reportSelection(created.$(':selected').map((e) => e.id()));
          }, 0);
        });
        created.on('dbltap', 'node', (e) => expand((e.target as NodeSingular).id()));
        created.on('cxttap', 'node', (e) => {
          const node = e.target as NodeSingular;
          const at = node.renderedPosition();
          openMenu({ id: node.id(), x: at.x, y: at.y });
        });
        created.on('add remove', () =>
          reportDrawn({ nodes: created.nodes().length, edges: created.edges().length }),
        );
        // Browser tests (and power users in the console) need the rendered positions of nodes and edges to
        // click where they are drawn. This exposes the page's own object to the page's own context, which
        // grants nothing new. Declared in app/lib/automation.d.ts; removed again on unmount.
        window.__newsgraphCy = created;
        // A replaced instance's elements are added again by the mirror effect, where they were.
        state.graph = undefined;
        if (state.viewport !== undefined) created.viewport(state.viewport);
        container.current.dataset.renderer = webgl ? 'webgl' : 'canvas';
        setCy(created);
      },
      () => {
        if (!disposed) setLoadFailed(true);
      },
    );
    return () => {
      disposed = true;
      state.running?.stop();
      state.running = undefined;
      if (instance !== undefined) {
        for (const node of instance.nodes()) state.lastKnown.set(node.id(), { ...node.position() });
        state.viewport = { zoom: instance.zoom(), pan: { ...instance.pan() } };
      }
      if (instance !== undefined && window.__newsgraphCy === instance) delete window.__newsgraphCy;
      instance?.destroy();
    };
  }, [tier]);

  // A theme change swaps the stylesheet; the size's rules and the marks (pins, path) stay on top of it.
  const styleKey = `${tier}`;
  useEffect(() => {
    if (cy === null || cy.destroyed()) return;
    cy.style([...stylesheet, ...performance.style, ...CANVAS_MARKS_STYLESHEET]);
    // The size's rules change only with the tier.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, stylesheet, styleKey]);

  // Mirror the graph and the pins, then place what needs a place: restore, a new layout, or new entities.
  useEffect(() => {
    if (cy === null || cy.destroyed() || container.current === null) return;
    const state = memory.current;
    const restoring = restore.seq !== state.restoreSeq;
    const layoutChanged = layout !== state.layout;
    const graphChanged = graph !== state.graph;
    state.restoreSeq = restore.seq;
    state.layout = layout;
    state.graph = graph;

    let unplaced = 0;
    let survivors = cy.nodes().length;
    if (graphChanged) {
      const drawnIds = new Set(cy.elements().map((e) => e.id()));
      const plan = planSync(drawnIds, toElements(graph));
      cy.batch(() => {
        for (const id of plan.remove) {
          const element = cy.getElementById(id);
          if (element.isNode()) state.lastKnown.set(id, { ...element.position() });
          element.remove();
        }
        for (const element of plan.update) cy.getElementById(String(element.data.id)).data(element.data);
        survivors = cy.nodes().length;
        const positions = new Map<string, Position>(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
        const newNodeIds = plan.add.filter((e) => e.group === 'nodes').map((e) => String(e.data.id));
        const known = (id: string) => restore.positions.get(id) ?? pinned.get(id) ?? state.lastKnown.get(id);
        const fresh = newNodeIds.filter((id) => known(id) === undefined);
        unplaced = fresh.length;
        const edges = [...graph.edges.values()].map((e) => ({ source: e.source.id, target: e.target.id }));
        const placed = placeNewNodes(fresh, edges, positions, centreOf(cy));
        cy.add(
          plan.add.map((e) => {
            const id = String(e.data.id);
            return { ...e, position: known(id) ?? placed.get(id) };
          }),
        );
      });
    }

    syncPins(cy, pinned);

    const roots = selectedIds.filter((id) => cy.getElementById(id).isNode());
    const quality = performance.layoutQuality;
    const run = (incremental: boolean) =>
      runLayout(cy, container.current as HTMLElement, state, {
        name: layout,
        incremental,
        roots,
        pinned,
        // fCoSE keeps to 'proof' when it does not randomize (incremental runs).
        ...(incremental ? {} : { quality }),
      });
    if (restoring) {
      const complete = cy
        .nodes()
        .toArray()
        .every((n) => restore.positions.has(n.id()) || pinned.has(n.id()));
      if (complete && restore.positions.size > 0) {
        runPreset(cy, container.current, state, restore.positions, restore.fit);
      } else if (cy.nodes().length > 0) {
        run(false);
      }
    } else if (layoutChanged && cy.nodes().length > 0) {
      run(false);
    } else if (unplaced > 0) {
      run(survivors > 0);
    }
    // `selectedIds` only feeds the tree layout's roots when a layout runs; it must not trigger one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, graph, pinned, layout, restore]);

  // Mirror the selection, and fade what is not connected to it.
  useEffect(() => {
    if (cy === null || cy.destroyed()) return;
    const state = memory.current;
    state.applyingSelection = true;
    cy.batch(() => {
      cy.elements().removeClass('dimmed');
      let wanted = cy.collection();
      for (const id of selectedIds) wanted = wanted.union(cy.getElementById(id));
      cy.$(':selected').difference(wanted).unselect();
      wanted.select();
      if (wanted.empty()) return;
      const keep = wanted.union(wanted.nodes().closedNeighborhood()).union(wanted.edges().connectedNodes());
      cy.elements().not(keep).addClass('dimmed');
    });
    state.applyingSelection = false;
  }, [cy, graph, selectedIds]);

  // Highlight the drawn path.
  useEffect(() => {
    if (cy === null || cy.destroyed()) return;
    cy.batch(() => {
      cy.elements('.path').removeClass('path');
      for (const id of pathIds) cy.getElementById(id).addClass('path');
    });
  }, [cy, graph, pathIds]);

  // Centre a requested element now, or when the running layout stops.
  useEffect(() => {
    if (cy === null || cy.destroyed() || focus === null) return;
    memory.current.pendingFocus = focus.id;
    if (memory.current.running === undefined && container.current !== null) {
      centreOnPendingFocus(cy, container.current, memory.current);
    }
  }, [cy, focus]);

  useImperativeHandle(
    ref,
    () => ({
      relayout: () => {
        if (cy === null || container.current === null || cy.nodes().length === 0) return;
        const roots = selectedIds.filter((id) => cy.getElementById(id).isNode());
        runLayout(cy, container.current, memory.current, {
          name: layout,
          incremental: false,
          roots,
          pinned,
          quality: performance.layoutQuality,
        });
      },
      fit: () => {
        cy?.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 300 });
      },
      image: async (options) => {
        if (cy === null || container.current === null) throw new Error('The canvas is not ready yet.');
        // The theme's canvas colour is a CSS custom property, so a theme change needs no code change here.
        const themeColor = getComputedStyle(container.current).getPropertyValue('--canvas');
        return canvasImage(cy, { ...options, themeColor });
      },
      // Removed or hidden entities keep their last place, so undoing a removal puts them back there.
      positions: () =>
        new Map([
          ...memory.current.lastKnown,
          ...(cy?.nodes().map((n): [string, Position] => [n.id(), { ...n.position() }]) ?? []),
        ]),
    }),
    [cy, layout, pinned, selectedIds, performance.layoutQuality],
  );

  return (
    <div className="canvas-frame">
      <div
        ref={container}
        className="canvas"
        role="img"
        aria-label={`Knowledge graph canvas showing ${graph.nodes.size} entities and ${graph.edges.size} relations. Use the search box, the table view and the details panel to explore it from the keyboard.`}
        data-testid="graph-canvas"
        data-layout-name={layout}
      />
      {loadFailed && (
        <p className="canvas-message" role="alert">
          The drawing library failed to load. Reload the page to try again.
        </p>
      )}
    </div>
  );
}

/** Locks pinned entities at their positions (Cytoscape's layouts and drags leave locked nodes alone). */
function syncPins(cy: Core, pinned: ReadonlyMap<string, Position>) {
  cy.batch(() => {
    for (const node of cy.nodes('.pinned')) {
      if (!pinned.has(node.id())) node.unlock().removeClass('pinned');
    }
    for (const [id, position] of pinned) {
      const node = cy.getElementById(id);
      if (node.empty()) continue;
      // Unlock first: a locked node ignores a new position (an undo may move a pin back).
      node.unlock().position(position).lock().addClass('pinned');
    }
  });
}

interface LayoutRun {
  name: LayoutName;
  incremental: boolean;
  roots: readonly string[];
  pinned: ReadonlyMap<string, Position>;
  quality?: 'draft' | 'default' | 'proof';
}

/**
 * Runs a layout over the canvas, then centres a pending focus. `data-layout` on the container is `running`
 * until both are done, so a test (or a screenshot) can wait for the drawing to settle without guessing.
 */
function runLayout(cy: Core, container: HTMLElement, state: CanvasMemory, run: LayoutRun) {
  const drawnPins = new Map([...run.pinned].filter(([id]) => !cy.getElementById(id).empty()));
  const options = layoutOptions({ ...run, pinned: drawnPins, nodeCount: cy.nodes().length });
  start(cy.layout(options), container, state, cy);
}

/** Moves entities to known positions, animated, as a preset layout (so `data-layout` tracks it too). */
function runPreset(
  cy: Core,
  container: HTMLElement,
  state: CanvasMemory,
  positions: ReadonlyMap<string, Position>,
  fit: boolean,
) {
  const layout = cy.layout({
    name: 'preset',
    positions: (node: NodeSingular) => positions.get(node.id()) ?? node.position(),
    animate: cy.nodes().length <= 250,
    animationDuration: 350,
    fit,
    padding: 32,
  } as Parameters<Core['layout']>[0]);
  start(layout, container, state, cy);
}

function start(layout: Layouts, container: HTMLElement, state: CanvasMemory, cy: Core) {
  state.running?.stop();
  state.running = layout;
  container.dataset.layout = 'running';
  layout.one('layoutstop', () => {
    if (state.running !== layout) return;
    state.running = undefined;
    centreOnPendingFocus(cy, container, state);
  });
  layout.run();
}

/**
 * Brings a requested element and its neighbours into view: nothing moves when they are already visible
 * (the reader keeps the picture they had), otherwise the view fits them without zooming in too far.
 */
function centreOnPendingFocus(cy: Core, container: HTMLElement, state: CanvasMemory) {
  const id = state.pendingFocus;
  const element = id === undefined ? undefined : cy.getElementById(id);
  if (element === undefined || element.empty()) {
    if (state.running === undefined) container.dataset.layout = 'idle';
    return;
  }
  state.pendingFocus = undefined;
  const around =
    element.group() === 'nodes' ? element.closedNeighborhood() : element.union(element.connectedNodes());
  if (contains(cy.extent(), around.boundingBox())) {
    if (state.running === undefined) container.dataset.layout = 'idle';
    return;
  }
  container.dataset.layout = 'running';
  cy.animate(
    { fit: { eles: around, padding: 60 } },
    {
      duration: 350,
      complete: () => {
        if (cy.zoom() > MAX_FOCUS_ZOOM) cy.zoom({ level: MAX_FOCUS_ZOOM, position: element.position() });
        if (state.running === undefined) container.dataset.layout = 'idle';
      },
    },
  );
}

/** Fitting a single entity with two neighbours would otherwise fill the screen with three huge shapes. */
const MAX_FOCUS_ZOOM = 1.3;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function contains(outer: Box, inner: Box): boolean {
  return inner.x1 >= outer.x1 && inner.y1 >= outer.y1 && inner.x2 <= outer.x2 && inner.y2 <= outer.y2;
}

function centreOf(cy: Core): Position {
  if (cy.nodes().empty()) return { x: 0, y: 0 };
  const box = cy.nodes().boundingBox();
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}
