import type { StylesheetJson } from 'cytoscape';

/**
 * Stylesheet rules for the view's marks on top of the theme's stylesheet (cytoscape-style.ts): pinned
 * entities (a thick dashed ring, so "it will not move" is visible without colour) and the drawn path
 * (thick amber lines and rings, which stay bright while the rest of the canvas fades).
 */
const PATH = '#B45309';

export const CANVAS_MARKS_STYLESHEET: StylesheetJson = [
  {
    selector: 'node.pinned',
    style: { 'border-width': 4, 'border-style': 'dashed', 'border-color': '#374151' },
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
