'use client';

import { useEffect, useEffectEvent, useImperativeHandle, useRef, useState } from 'react';
import type { Ref } from 'react';
import type { Core, Layouts, NodeSingular } from 'cytoscape';
import { canvasImage } from '@/app/lib/canvas-image';
import type { ImageOptions } from '@/app/lib/canvas-image';
import { loadCytoscape } from '@/app/lib/cytoscape-loader';
import { GRAPH_STYLESHEET } from '@/app/lib/cytoscape-style';
import { planSync, toElements } from '@/app/lib/elements';
import type { CanvasGraph } from '@/app/lib/graph-data';
import { fcoseOptions } from '@/app/lib/layout-options';
import { placeNewNodes } from '@/app/lib/placement';
import type { Position } from '@/app/lib/placement';

/** Commands the toolbar sends to the canvas. */
export interface GraphCanvasHandle {
  /** Lays the whole graph out again from scratch. */
  relayout(): void;
  /** Zooms and pans so every element is in view. */
  fit(): void;
  /** A picture of the whole drawing as it looks (PNG or SVG); rejects when the canvas is not ready. */
  image(options: Omit<ImageOptions, 'themeColor'>): Promise<Blob>;
}

/** Ask the canvas to centre an element once it is drawn and laid out; `seq` makes a repeat request new. */
export interface FocusRequest {
  id: string;
  seq: number;
}

interface GraphCanvasProps {
  graph: CanvasGraph;
  selectedId: string | null;
  focus: FocusRequest | null;
  /** Called whenever the number of drawn entities or relations changes. */
  onDrawnChange: (drawn: DrawnCounts) => void;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onExpand: (id: string) => void;
  onClearSelection: () => void;
  ref?: Ref<GraphCanvasHandle>;
}

/** How many elements Cytoscape actually holds. */
export interface DrawnCounts {
  nodes: number;
  edges: number;
}

/** What the layout machinery remembers between renders. */
interface LayoutState {
  running: Layouts | undefined;
  pendingFocus: string | undefined;
}

/**
 * The Cytoscape canvas. It mirrors `graph`: each change adds and removes only the elements that differ
 * (new nodes start next to their neighbours) and then re-runs the layout incrementally, so expanding a node
 * grows the drawing instead of reshuffling it. Taps select; a double tap on a node expands it. The counts
 * it reports are what Cytoscape actually holds, not what was asked for.
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { graph, selectedId, focus, ref } = props;
  const container = useRef<HTMLDivElement>(null);
  const layoutState = useRef<LayoutState>({ running: undefined, pendingFocus: undefined });
  const [cy, setCy] = useState<Core | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);

  const selectNode = useEffectEvent((id: string) => props.onSelectNode(id));
  const selectEdge = useEffectEvent((id: string) => props.onSelectEdge(id));
  const expand = useEffectEvent((id: string) => props.onExpand(id));
  const clearSelection = useEffectEvent(() => props.onClearSelection());
  const reportDrawn = useEffectEvent((counts: DrawnCounts) => props.onDrawnChange(counts));

  // Create the Cytoscape instance once, in the browser only.
  useEffect(() => {
    let disposed = false;
    let instance: Core | undefined;
    const layouts = layoutState.current;
    loadCytoscape().then(
      (cytoscape) => {
        if (disposed || container.current === null) return;
        const created = cytoscape({
          container: container.current,
          style: GRAPH_STYLESHEET,
          minZoom: 0.15,
          maxZoom: 3,
          boxSelectionEnabled: false,
        });
        instance = created;
        container.current.dataset.layout = 'idle';
        created.on('tap', 'node', (e) => selectNode((e.target as NodeSingular).id()));
        created.on('tap', 'edge', (e) => selectEdge(String(e.target.id())));
        created.on('tap', (e) => {
          if (e.target === created) clearSelection();
        });
        created.on('dbltap', 'node', (e) => expand((e.target as NodeSingular).id()));
        created.on('add remove', () =>
          reportDrawn({ nodes: created.nodes().length, edges: created.edges().length }),
        );
        // Browser tests (and power users in the console) need the rendered positions of nodes and edges to
        // click where they are drawn. This exposes the page's own object to the page's own context, which
        // grants nothing new. Declared in app/lib/automation.d.ts; removed again on unmount.
        window.__newsgraphCy = created;
        setCy(created);
      },
      () => {
        if (!disposed) setLoadFailed(true);
      },
    );
    return () => {
      disposed = true;
      layouts.running?.stop();
      if (instance !== undefined && window.__newsgraphCy === instance) delete window.__newsgraphCy;
      instance?.destroy();
    };
  }, []);

  // Mirror the graph: add what is new, remove what is gone, refresh the rest, then lay out.
  useEffect(() => {
    if (cy === null || container.current === null) return;
    const drawnIds = new Set(cy.elements().map((e) => e.id()));
    const plan = planSync(drawnIds, toElements(graph));
    const survivors = drawnIds.size - plan.remove.length;

    cy.batch(() => {
      for (const id of plan.remove) cy.getElementById(id).remove();
      for (const element of plan.update) cy.getElementById(String(element.data.id)).data(element.data);
      const positions = new Map<string, Position>(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
      const newNodeIds = plan.add.filter((e) => e.group === 'nodes').map((e) => String(e.data.id));
      const edges = [...graph.edges.values()].map((e) => ({ source: e.source.id, target: e.target.id }));
      const placed = placeNewNodes(newNodeIds, edges, positions, centreOf(cy));
      cy.add(plan.add.map((e) => ({ ...e, position: placed.get(String(e.data.id)) })));
    });

    if (plan.add.length > 0 || plan.remove.length > 0) {
      runLayout(cy, container.current, layoutState.current, survivors > 0);
    }
  }, [cy, graph]);

  // Mirror the selection, and fade what is not connected to it.
  useEffect(() => {
    if (cy === null) return;
    cy.batch(() => {
      cy.elements().unselect().removeClass('dimmed');
      if (selectedId === null) return;
      const element = cy.getElementById(selectedId);
      if (element.empty()) return;
      element.select();
      const keep =
        element.group() === 'nodes' ? element.closedNeighborhood() : element.union(element.connectedNodes());
      cy.elements().not(keep).addClass('dimmed');
    });
  }, [cy, graph, selectedId]);

  // Centre a requested element now, or when the running layout stops.
  useEffect(() => {
    if (cy === null || focus === null) return;
    layoutState.current.pendingFocus = focus.id;
    if (layoutState.current.running === undefined && container.current !== null) {
      centreOnPendingFocus(cy, container.current, layoutState.current);
    }
  }, [cy, focus]);

  useImperativeHandle(
    ref,
    () => ({
      relayout: () => {
        if (cy !== null && container.current !== null && cy.nodes().length > 0) {
          runLayout(cy, container.current, layoutState.current, false);
        }
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
    }),
    [cy],
  );

  return (
    <div className="canvas-frame">
      <div
        ref={container}
        className="canvas"
        role="img"
        aria-label={`Knowledge graph canvas showing ${graph.nodes.size} entities and ${graph.edges.size} relations. Use the search box and the details panel to explore it from the keyboard.`}
        data-testid="graph-canvas"
      />
      {loadFailed && (
        <p className="canvas-message" role="alert">
          The drawing library failed to load. Reload the page to try again.
        </p>
      )}
    </div>
  );
}

/**
 * Runs fCoSE over the canvas, then centres a pending focus. `data-layout` on the container is `running`
 * until both are done, so a test (or a screenshot) can wait for the drawing to settle without guessing.
 */
function runLayout(cy: Core, container: HTMLElement, state: LayoutState, incremental: boolean) {
  state.running?.stop();
  const layout = cy.layout(fcoseOptions({ incremental, nodeCount: cy.nodes().length }));
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
function centreOnPendingFocus(cy: Core, container: HTMLElement, state: LayoutState) {
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
