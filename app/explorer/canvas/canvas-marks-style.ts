import type { StylesheetJson } from 'cytoscape';

/**
 * Stylesheet rules for the view's marks on top of the theme's stylesheet (cytoscape-style.ts): pinned
 * entities (a thick dashed ring, so "it will not move" is visible without colour) and the drawn path
 * (thick magenta lines and rings, which stay bright while the rest of the canvas fades).
 */
/**
 * The path's colour: a magenta no relation type uses (it was an amber next to CRITICIZED's vermillion, so
 * a path's PULLED and ABOUT hops looked like criticisms), at 3:1 against both canvases.
 */
export const PATH = '#D1007F';
/**
 * The pinned ring: one grey that keeps 3:1 (WCAG's contrast for graphics) against both themes' canvas, so
 * the same stylesheet serves both (the dark grey it replaced almost vanished on the dark canvas).
 */
export const PINNED_RING = '#7B8794';

export const CANVAS_MARKS_STYLESHEET: StylesheetJson = [
  {
    selector: 'node.pinned',
    style: { 'border-width': 4, 'border-style': 'dashed', 'border-color': PINNED_RING },
  },
  {
    selector: 'node.path',
    style: { 'border-width': 5, 'border-color': PATH, 'z-index': 20, opacity: 1 },
  },
  {
    selector: 'edge.path',
    style: { width: 4.5, 'line-color': PATH, 'target-arrow-color': PATH, 'z-index': 20, opacity: 1 },
  },
];
