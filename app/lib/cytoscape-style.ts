import type { EdgeSingular, NodeSingular, StylesheetJson } from 'cytoscape';
import { entityTypeStyle, relationTypeStyle } from './type-style';

/**
 * The canvas stylesheet. Colours and sizes come from element data (see `elements.ts`); shapes and line
 * styles are looked up by type here because Cytoscape's types only accept those as literal values. Either
 * way the per-type table is `type-style.ts`, so an unknown type needs no rule of its own.
 */

const FONT = 'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif';
const INK = '#1F2933';
const MUTED_INK = '#52606D';
const FOCUS = '#111827';

export const GRAPH_STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      shape: (node: NodeSingular) => entityTypeStyle(String(node.data('type'))).shape,
      'background-color': 'data(color)',
      'border-width': 2,
      'border-color': '#FFFFFF',
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 12,
      'font-weight': 600,
      'min-zoomed-font-size': 6,
      color: INK,
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 5,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-background-color': '#FFFFFF',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'overlay-opacity': 0,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.6,
      'curve-style': 'bezier',
      'line-color': 'data(color)',
      'line-style': (edge: EdgeSingular) => relationTypeStyle(String(edge.data('type'))).lineStyle,
      'target-arrow-shape': 'triangle',
      'target-arrow-color': 'data(color)',
      'arrow-scale': 0.9,
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 9,
      'min-zoomed-font-size': 6,
      color: MUTED_INK,
      'text-rotation': 'autorotate',
      'text-background-color': '#FFFFFF',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'overlay-opacity': 0,
    },
  },
  // Selecting an element fades what is not connected to it, so its neighbourhood reads at a glance.
  { selector: '.dimmed', style: { opacity: 0.28 } },
  {
    selector: 'node:selected',
    style: { 'border-width': 4, 'border-color': FOCUS, 'font-size': 13, 'z-index': 10 },
  },
  {
    selector: 'edge:selected',
    style: { width: 3.2, 'font-size': 11, color: INK, 'font-weight': 600, 'z-index': 10 },
  },
];
