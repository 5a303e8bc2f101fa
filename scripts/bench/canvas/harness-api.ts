import type { ElementDefinition } from 'cytoscape';

/**
 * What the harness page (harness-page.ts, bundled for the browser) offers the bench script, which drives
 * it with playwright-core. Types only: both sides import them, neither imports the other's code.
 */

/**
 * How a round draws the graph: the canvas renderer with no size-based settings (what a small graph
 * gets), the canvas renderer with the settings `canvasPerformance` picks for this size, and WebGL.
 */
export type Variant = 'canvas-plain' | 'canvas' | 'webgl';

export const VARIANTS: readonly Variant[] = ['canvas-plain', 'canvas', 'webgl'];

export interface Position {
  x: number;
  y: number;
}

interface LayoutResult {
  /** fCoSE's wall time in the page, with the quality `canvasPerformance` picks for this size. */
  layoutMs: number;
  quality: string;
  positions: Record<string, Position>;
}

interface DrawResult {
  /** From `cytoscape({...})` being called to its first drawing being on screen, in ms. */
  firstDrawMs: number;
  /** What Cytoscape's renderer reports it is (`webgl` true or false): the setting took effect. */
  rendererIsWebgl: boolean;
}

export interface InteractionResult {
  seconds: number;
  /** requestAnimationFrame callbacks: frames the browser delivered. */
  frames: number;
  /** Frames in which Cytoscape actually drew (its own redraw counter). */
  redraws: number;
  /** 95th percentile of the time between two frames, in ms. */
  p95FrameMs: number;
  /** The longest time between two frames, in ms. */
  longestFrameMs: number;
  /** Pan gestures and wheel steps sent: the input really happened. */
  pans: number;
  wheelSteps: number;
  /** How far the viewport moved and zoomed over the run: the input really reached Cytoscape. */
  panTravelPx: number;
  zoomRange: [number, number];
}

export interface WebglInfo {
  available: boolean;
  /** UNMASKED_RENDERER_WEBGL from WEBGL_debug_renderer_info, e.g. "ANGLE (..., SwiftShader driver)". */
  renderer: string | null;
  vendor: string | null;
}

export interface CanvasBenchApi {
  webglInfo(): WebglInfo;
  layout(elements: ElementDefinition[]): Promise<LayoutResult>;
  draw(
    elements: ElementDefinition[],
    positions: Record<string, Position>,
    variant: Variant,
  ): Promise<DrawResult>;
  interact(seconds: number): Promise<InteractionResult>;
}

/** The page's window once harness.js has run. */
export type BenchWindow = Window & { __canvasBench?: CanvasBenchApi };
