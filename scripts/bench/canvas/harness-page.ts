/**
 * The page the canvas bench opens (bundled by build-harness.ts, run in Chromium): it draws a graph with
 * the app's own modules — Cytoscape as the explorer loads it, the explorer's stylesheet, fCoSE options
 * and `canvasPerformance` — and then pans and zooms it with synthetic mouse input while counting frames.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { canvasPerformance } from '../../../app/explorer/canvas/canvas-performance';
import { loadCytoscape } from '../../../app/explorer/canvas/cytoscape-loader';
import { GRAPH_STYLESHEET } from '../../../app/explorer/canvas/cytoscape-style';
import { fcoseOptions } from '../../../app/explorer/layout/layout-options';
import type { FcoseLayoutOptions } from '../../../app/explorer/layout/layout-options';
import { driveViewport } from './gestures';
import type { BenchWindow, CanvasBenchApi, Position, Variant, WebglInfo } from './harness-api';

let cy: Core | undefined;

function container(): HTMLElement {
  const element = document.getElementById('cy');
  if (element === null) throw new Error('harness: #cy is missing from the page');
  return element;
}

/** Cytoscape's canvas renderer keeps a few counters we read; they are not in its typings. */
interface RendererInternals {
  webgl?: boolean;
  redrawCount?: number;
}

function internals(core: Core): RendererInternals {
  return (core as unknown as { renderer(): RendererInternals }).renderer();
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

function performanceFor(variant: Variant, elementCount: number) {
  switch (variant) {
    case 'canvas-plain':
      return canvasPerformance(0, 'canvas');
    case 'canvas':
      return canvasPerformance(elementCount, 'canvas');
    case 'webgl':
      return canvasPerformance(elementCount, 'webgl');
  }
}

const api: CanvasBenchApi = {
  webglInfo(): WebglInfo {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl === null) return { available: false, renderer: null, vendor: null };
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    return {
      available: true,
      renderer: String(gl.getParameter(debug === null ? gl.RENDERER : debug.UNMASKED_RENDERER_WEBGL)),
      vendor: String(gl.getParameter(debug === null ? gl.VENDOR : debug.UNMASKED_VENDOR_WEBGL)),
    };
  },

  async layout(elements: ElementDefinition[]) {
    const cytoscape = await loadCytoscape();
    const nodeCount = elements.filter((e) => e.group === 'nodes').length;
    const perf = canvasPerformance(elements.length, 'auto');
    const core = cytoscape({ container: container(), style: GRAPH_STYLESHEET, elements, ...perf.options });
    const started = performance.now();
    await new Promise<void>((resolve) => {
      const options: FcoseLayoutOptions = {
        ...fcoseOptions({ incremental: false, nodeCount }),
        quality: perf.layoutQuality,
        animate: false,
      };
      const layout = core.layout(options);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
    const layoutMs = performance.now() - started;
    const positions: Record<string, Position> = {};
    core.nodes().forEach((node) => {
      positions[node.id()] = { ...node.position() };
    });
    core.destroy();
    return { layoutMs, quality: perf.layoutQuality, positions };
  },

  async draw(elements, positions, variant) {
    const cytoscape = await loadCytoscape();
    const perf = performanceFor(variant, elements.length);
    const placed = elements.map((e) => ({ ...e, position: positions[String(e.data.id)] }));
    const started = performance.now();
    const core = cytoscape({
      container: container(),
      style: [...GRAPH_STYLESHEET, ...perf.style],
      elements: placed,
      layout: { name: 'preset', fit: true, padding: 32 },
      minZoom: 0.15,
      maxZoom: 3,
      ...perf.options,
    });
    cy = core;
    // For a person investigating a run from the devtools (and probes): the instance being measured.
    (window as BenchWindow & { __canvasBenchCy?: Core }).__canvasBenchCy = core;
    const renderer = internals(core);
    while ((renderer.redrawCount ?? 0) < 1) await nextFrame();
    // Cytoscape's draw call returns before the pixels exist: WebGL work runs in the GPU process, the 2D
    // canvas is rasterised by the compositor. Two more frames mean the first one has been presented.
    await nextFrame();
    await nextFrame();
    const firstDrawMs = performance.now() - started;
    return { firstDrawMs, rendererIsWebgl: renderer.webgl === true };
  },

  async interact(seconds) {
    if (cy === undefined) throw new Error('harness: draw() first');
    const renderer = internals(cy);
    return driveViewport(cy, container(), seconds * 1000, () => renderer.redrawCount ?? 0);
  },
};

(window as BenchWindow).__canvasBench = api;
