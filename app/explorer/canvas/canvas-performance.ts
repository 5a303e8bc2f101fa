import type { CytoscapeOptions, StylesheetJson } from 'cytoscape';
import type { WebglSupport } from './canvas-performance-webgl';

/**
 * Public: how the canvas draws a graph of a given size. Small drawings get every detail; big ones trade
 * detail for frames, in steps, and the biggest move to Cytoscape's WebGL renderer.
 *
 * Sizes here count Cytoscape elements, nodes plus edges (what each frame has to draw), except the draw
 * warning's threshold, which counts entities (what a reader thinks of as "how much is on the canvas").
 *
 * What the WebGL renderer (Cytoscape 3.34, `webgl: true`, read from its source) does differently, and
 * what we do about it:
 * - edges are drawn solid: `line-style` (our dashed and dotted relation types) is ignored;
 * - only `source`/`target` arrows are drawn, always as triangles; mid arrows are not drawn, so haystack
 *   edges (which only carry mid arrows) would lose their direction: WebGL drawings use straight edges
 *   with target arrows instead, which it also draws as one instance each (a bezier costs 15 segments);
 * - `min-zoomed-font-size` is not honoured: every label is drawn at every zoom. Thousands of relation
 *   labels would be an unreadable carpet and fill texture atlases, so edge labels are hidden (a selected
 *   edge keeps its label); entity names stay;
 * - an element's `opacity` fades node bodies and edges but not labels, so the dimming of what is not
 *   connected to the selection leaves names fully opaque;
 * - shapes other than ellipse and (round) rectangles are drawn from textures, slightly soft when zoomed;
 * - `hideEdgesOnViewport`, `textureOnViewport` and `motionBlur` apply to the canvas renderer only;
 * - past a zoom of 7.99 it falls back to the canvas renderer (our maxZoom is 3, so never);
 * - arrowheads are blended against the container's inline `style.backgroundColor` read once at creation:
 *   set it to the theme's canvas colour before creating a WebGL instance.
 * WebGL is chosen when the instance is created, so flipping it means creating the instance again. Once a
 * page has created a WebGL instance, Cytoscape gives later canvas instances an extra, unused WebGL layer
 * (its layer count is a shared prototype value): harmless, but it holds a WebGL context.
 */

/** Which renderer the reader asked for in the settings: 'auto' lets the size decide. */
export type RendererChoice = 'auto' | 'canvas' | 'webgl';

export const RENDERER_CHOICES: readonly { value: RendererChoice; label: string }[] = [
  { value: 'auto', label: 'Automatic' },
  { value: 'canvas', label: 'Canvas' },
  { value: 'webgl', label: 'WebGL' },
];

/** For values read back from localStorage or a URL. */
export function isRendererChoice(value: unknown): value is RendererChoice {
  return value === 'auto' || value === 'canvas' || value === 'webgl';
}

export interface CanvasPerformance {
  /** Create the instance with Cytoscape's WebGL renderer. */
  webgl: boolean;
  /** Options for `cytoscape({...})`: spread them into the creation options. */
  options: Partial<CytoscapeOptions>;
  /** Rules appended after the theme's stylesheet (colours come from element data, so any theme fits). */
  style: StylesheetJson;
  /**
   * fCoSE's `quality` for a full layout of this drawing. fCoSE accepts only 'proof' with
   * `randomize: false`, so an incremental run stays 'proof'; 'draft' (spectral placement only, no force
   * iterations) is for full layouts of big drawings, where the force phase takes many seconds.
   */
  layoutQuality: 'draft' | 'default' | 'proof';
}

/** Neo4j Browser's default cap is 1,000 nodes; ours is a setting with the same default. Counts entities. */
export const DEFAULT_DRAW_WARNING_THRESHOLD = 1000;

/** Above this many elements the canvas renderer stops drawing edges while the view moves. */
export const LARGE_DRAWING_ELEMENTS = 1_500;
/** Above this, edges become haystack lines and a pan or zoom moves a snapshot of the drawing. */
export const HUGE_DRAWING_ELEMENTS = 3_000;
/**
 * 'auto' switches to WebGL above this many elements. Below it the canvas renderer keeps up with the
 * measures above and draws every style exactly; `npm run bench:canvas` measures both renderers on a
 * 2,000-entity / 8,000-relation graph.
 */
export const WEBGL_AUTO_ELEMENTS = 3_000;
/** fCoSE: 'proof' up to this many elements, then 'default'. */
export const PROOF_LAYOUT_ELEMENTS = 600;
/** fCoSE: 'draft' above this many elements. */
export const DRAFT_LAYOUT_ELEMENTS = 2_500;

/**
 * WebGL settings. Atlases stay at Cytoscape's 2048 pixels (4096 was no faster to a first frame in
 * `npm run bench:canvas` and takes four times the texture memory), with 24 rows instead of
 * 36 so a label is drawn 85 px tall, crisp when zoomed in. Batches of 4096 halve the draw calls of a
 * 10,000-element drawing. Cytoscape clamps all of them to what the GPU reports.
 */
const WEBGL_OPTIONS = {
  webglTexSize: 2048,
  webglTexRows: 24,
  webglBatchSize: 4096,
  webglTexPerBatch: 14,
} as const satisfies Partial<CytoscapeOptions>;

/**
 * The canvas settings for a drawing of `elementCount` elements (nodes + edges) under the reader's
 * renderer choice. `webglSupport` (from `detectWebglSupport()`; 'hardware' when not given) keeps 'auto' on
 * the canvas renderer where WebGL runs on the CPU, and every choice on it where there is no WebGL at all.
 */
export function canvasPerformance(
  elementCount: number,
  choice: RendererChoice,
  webglSupport: WebglSupport = 'hardware',
): CanvasPerformance {
  const count = Math.max(0, elementCount);
  const webgl =
    webglSupport !== 'none' &&
    (choice === 'webgl' || (choice === 'auto' && webglSupport === 'hardware' && count > WEBGL_AUTO_ELEMENTS));
  const layoutQuality =
    count > DRAFT_LAYOUT_ELEMENTS ? 'draft' : count > PROOF_LAYOUT_ELEMENTS ? 'default' : 'proof';
  if (webgl) {
    // `webgl` and its settings are renderer options; Cytoscape merges top-level options with
    // `renderer: {...}` (core/index.mjs), and only the top-level keys are in its typings.
    return {
      webgl,
      options: { webgl: true, ...WEBGL_OPTIONS, motionBlur: false },
      style: WEBGL_STYLE,
      layoutQuality,
    };
  }
  if (count > HUGE_DRAWING_ELEMENTS) {
    return { webgl, options: hugeCanvasOptions, style: HUGE_CANVAS_STYLE, layoutQuality };
  }
  if (count > LARGE_DRAWING_ELEMENTS) {
    return { webgl, options: largeCanvasOptions, style: LARGE_CANVAS_STYLE, layoutQuality };
  }
  // Motion blur smears labels and costs extra draws; it stays off at every size.
  return { webgl, options: { motionBlur: false }, style: [], layoutQuality };
}

/**
 * One device pixel per CSS pixel: on a 2× screen that is a quarter of the pixels to fill, and a big
 * drawing is read zoomed out, where the lost sharpness does not show.
 */
const largeCanvasOptions: Partial<CytoscapeOptions> = {
  hideEdgesOnViewport: true,
  textureOnViewport: false,
  motionBlur: false,
  pixelRatio: 1,
};

const hugeCanvasOptions: Partial<CytoscapeOptions> = { ...largeCanvasOptions, textureOnViewport: true };

/** Labels appear only once zoomed in far enough to read them (font size × zoom ≥ this). */
const LARGE_CANVAS_STYLE: StylesheetJson = [
  { selector: 'node', style: { 'min-zoomed-font-size': 9 } },
  { selector: 'edge', style: { 'min-zoomed-font-size': 14 } },
];

/**
 * Haystack edges are straight lines Cytoscape draws without any curve or endpoint geometry; they carry
 * only mid arrows, so the direction moves to the middle of the line. Parallel relations between the same
 * two entities then overlap, which at this size is a price worth paying.
 */
const HUGE_CANVAS_STYLE: StylesheetJson = [
  { selector: 'node', style: { 'min-zoomed-font-size': 11 } },
  {
    selector: 'edge',
    style: {
      'curve-style': 'haystack',
      'haystack-radius': 0,
      'target-arrow-shape': 'none',
      'mid-target-arrow-shape': 'triangle',
      'mid-target-arrow-color': 'data(color)',
      'min-zoomed-font-size': 18,
    },
  },
];

const WEBGL_STYLE: StylesheetJson = [
  { selector: 'edge', style: { 'curve-style': 'straight', label: '' } },
  { selector: 'edge:selected', style: { label: 'data(label)' } },
];

/**
 * How many of `incoming` entities fit on a canvas holding `onCanvas` before it passes `threshold`: the
 * "Draw the first K" choice. 0 when the canvas is already at or past the threshold.
 */
export function roomUnderThreshold(onCanvas: number, incoming: number, threshold: number): number {
  return Math.max(0, Math.min(incoming, threshold - onCanvas));
}

/** Whether adding `incoming` entities to a canvas holding `onCanvas` passes `threshold` (ask first). */
export function needsDrawWarning(onCanvas: number, incoming: number, threshold: number): boolean {
  return incoming > 0 && onCanvas + incoming > threshold;
}
