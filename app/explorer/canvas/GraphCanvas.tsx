'use client';

import { useRef } from 'react';
import type { Ref } from 'react';
import type { StylesheetJson } from 'cytoscape';
import { canvasPerformance } from './canvas-performance';
import { detectWebglSupport } from './canvas-performance-webgl';
import type { RendererChoice } from './canvas-performance';
import { GRAPH_STYLESHEET } from './cytoscape-style';
import type { CanvasGraph } from '@/app/lib/graph-data';
import type { LayoutName } from '@/app/explorer/layout/layouts';
import type { Position } from '@/app/explorer/layout/placement';
import type { CanvasMemory } from './canvas-memory';
import type {
  DrawnCounts,
  FocusRequest,
  GraphCanvasHandle,
  MenuRequest,
  RestoreRequest,
} from './graph-canvas-api';
import { useCanvasFocus } from './use-canvas-focus';
import { useCanvasHandle } from './use-canvas-handle';
import { useCanvasMarks } from './use-canvas-marks';
import { useCanvasMirror } from './use-canvas-mirror';
import { canvasStylesheet, useCanvasStyle } from './use-canvas-style';
import { useCytoscapeInstance } from './use-cytoscape-instance';

export type { DrawnCounts, FocusRequest, GraphCanvasHandle, MenuRequest, RestoreRequest };

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
  const containerRef = useRef<HTMLDivElement>(null);
  const memoryRef = useRef<CanvasMemory>({
    running: undefined,
    pendingFocus: undefined,
    graph: undefined,
    layout,
    restoreSeq: restore.seq,
    lastKnown: new Map(),
    applyingSelection: false,
    viewport: undefined,
  });

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

  const { cy, loadFailed } = useCytoscapeInstance({
    containerRef,
    memoryRef,
    tier,
    creation: {
      style: canvasStylesheet(stylesheet, performance.style),
      options: performance.options,
      webgl: performance.webgl,
      canvasColor: props.canvasColor,
    },
    onSelectionChange: props.onSelectionChange,
    onExpand: props.onExpand,
    onContextMenu: props.onContextMenu,
    onDrawnChange: props.onDrawnChange,
  });
  useCanvasStyle(cy, stylesheet, performance.style, tier);
  const layoutQuality = performance.layoutQuality;
  useCanvasMirror({
    cy,
    containerRef,
    memoryRef,
    graph,
    pinned,
    layout,
    restore,
    selectedIds,
    layoutQuality,
  });
  useCanvasMarks(cy, memoryRef, graph, selectedIds, pathIds);
  useCanvasFocus(cy, containerRef, memoryRef, focus);
  useCanvasHandle(ref, { cy, containerRef, memoryRef, layout, pinned, selectedIds, layoutQuality });

  return (
    <div className="canvas-frame">
      <div
        ref={containerRef}
        className="canvas"
        // The canvas takes the focus (Tab, or a search result chosen), so the shortcuts act on its
        // selection: the arrows walk to the neighbours, Enter opens the details, E expands.
        tabIndex={0}
        role="application"
        aria-roledescription="graph canvas"
        aria-label={`Knowledge graph canvas showing ${graph.nodes.size} entities and ${graph.edges.size} relations. Arrow keys select an entity's neighbours, Enter opens the details, E expands, ? lists every key.`}
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
