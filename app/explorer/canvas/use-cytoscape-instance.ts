'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import type { RefObject } from 'react';
import type { Core, CytoscapeOptions, NodeSingular, StylesheetJson } from 'cytoscape';
import { loadCytoscape } from './cytoscape-loader';
import type { CanvasMemory } from './canvas-memory';
import type { DrawnCounts, MenuRequest } from './graph-canvas-api';

/** What an instance is created with; read when it is created, so later changes wait for the next one. */
interface InstanceCreation {
  style: StylesheetJson;
  options: Partial<CytoscapeOptions>;
  webgl: boolean;
  /** The theme's canvas colour: the WebGL renderer blends arrowheads against it. */
  canvasColor: string | undefined;
}

interface CytoscapeInstanceOptions {
  containerRef: RefObject<HTMLDivElement | null>;
  memoryRef: RefObject<CanvasMemory>;
  /** The performance tier: a new value replaces the instance (its options are fixed at creation). */
  tier: string;
  creation: InstanceCreation;
  onSelectionChange: (ids: string[]) => void;
  onExpand: (id: string) => void;
  onContextMenu: (request: MenuRequest) => void;
  onDrawnChange: (drawn: DrawnCounts) => void;
}

/**
 * The Cytoscape instance's lifecycle, in the browser only: created once, and again when the performance
 * tier changes, with the reader's gestures (selection, double-click, right-click) and the drawn counts
 * wired to the callbacks. `loadFailed` is true when the library could not be loaded.
 */
export function useCytoscapeInstance(props: CytoscapeInstanceOptions): {
  cy: Core | null;
  loadFailed: boolean;
} {
  const { containerRef, memoryRef, tier } = props;
  const [cy, setCy] = useState<Core | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);

  const reportSelection = useEffectEvent((ids: string[]) => props.onSelectionChange(ids));
  const expand = useEffectEvent((id: string) => props.onExpand(id));
  const openMenu = useEffectEvent((request: MenuRequest) => props.onContextMenu(request));
  const reportDrawn = useEffectEvent((counts: DrawnCounts) => props.onDrawnChange(counts));
  const creationOptions = useEffectEvent(() => props.creation);

  // Create the Cytoscape instance in the browser only: once, and again when the performance tier changes.
  useEffect(() => {
    let disposed = false;
    let instance: Core | undefined;
    const state = memoryRef.current;
    loadCytoscape().then(
      (cytoscape) => {
        if (disposed || containerRef.current === null) return;
        const { style, options, webgl, canvasColor } = creationOptions();
        if (webgl && canvasColor !== undefined) containerRef.current.style.backgroundColor = canvasColor;
        else containerRef.current.style.removeProperty('background-color');
        const created = cytoscape({
          container: containerRef.current,
          style,
          ...options,
          minZoom: 0.15,
          maxZoom: 3,
          // A drag on the background pans; with Shift (or Ctrl/Cmd) held it draws a selection box.
          boxSelectionEnabled: true,
          selectionType: 'single',
        });
        instance = created;
        containerRef.current.dataset.layout = 'idle';
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
        containerRef.current.dataset.renderer = webgl ? 'webgl' : 'canvas';
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
  }, [tier, containerRef, memoryRef]);

  return { cy, loadFailed };
}
