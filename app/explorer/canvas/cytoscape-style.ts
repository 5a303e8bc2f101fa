import type { EdgeSingular, NodeSingular, StylesheetJson } from 'cytoscape';
import type { Theme } from '@/app/lib/theme-choice';
import { ensureContrast, mixColors } from '@/app/explorer/theme/theme-contrast';
import { entityTypeStyle, relationTypeStyle } from '@/app/lib/type-style';

/**
 * The canvas stylesheet, one per theme. Colours and sizes come from element data (see `elements.ts`);
 * shapes and line styles are looked up by type here because Cytoscape's types only accept those as
 * literal values. Either way the per-type table is `type-style.ts`, so an unknown type needs no rule of
 * its own.
 *
 * The type colours are shared by both themes (the legend shows one colour per type), but not all of them
 * stand out from both canvases: Segment's gold fades into the light canvas, Judge's indigo into the dark
 * one. So each node gets an outline in its own hue, moved just far enough towards black (light theme) or
 * white (dark theme) to reach 3:1 against the canvas (WCAG 1.4.11), and each edge line likewise; labels
 * sit on a backing of the canvas colour at 4.5:1 or more. `cytoscape-style.test.ts` checks every type.
 */

/** The canvas background of each theme: the `--canvas` token of app/globals.css (a test keeps them equal). */
export const CANVAS_BACKGROUND: Readonly<Record<Theme, string>> = { light: '#FBFCFD', dark: '#12171D' };

interface ThemeInks {
  /** Node labels and selected edge labels. */
  ink: string;
  /** Edge labels. */
  mutedInk: string;
  /** The backing behind labels, so lines crossing under a label never cut its contrast. */
  labelBacking: string;
  labelBackingOpacity: number;
  /** The ring of a selected node: the strongest mark on the canvas. */
  focus: string;
}

export const THEME_INKS: Readonly<Record<Theme, ThemeInks>> = {
  light: {
    ink: '#1F2933',
    mutedInk: '#52606D',
    labelBacking: '#FFFFFF',
    labelBackingOpacity: 0.85,
    focus: '#111827',
  },
  dark: {
    ink: '#E4E9EE',
    mutedInk: '#AEB8C2',
    labelBacking: CANVAS_BACKGROUND.dark,
    labelBackingOpacity: 0.9,
    focus: '#F9FAFB',
  },
};

/** Lines and shapes that carry meaning need 3:1 against what surrounds them (WCAG 2.1, 1.4.11). */
export const GRAPHIC_CONTRAST = 3;

const FONT = 'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif';
const HEX = /^#[0-9a-f]{6}$/i;

/** `ensureContrast` against a theme's canvas, remembered: Cytoscape asks for every element on every redraw. */
function outlineColours(theme: Theme): (color: string) => string {
  const known = new Map<string, string>();
  return (color) => {
    let outline = known.get(color);
    if (outline === undefined) {
      outline = ensureContrast(color, CANVAS_BACKGROUND[theme], GRAPHIC_CONTRAST);
      known.set(color, outline);
    }
    return outline;
  };
}

/** A node's fill: its data colour when it has a usable one (elements.ts sets it), else its type's. */
function nodeColour(node: NodeSingular): string {
  const color: unknown = node.data('color');
  return typeof color === 'string' && HEX.test(color)
    ? color
    : entityTypeStyle(String(node.data('type'))).color;
}

function edgeColour(edge: EdgeSingular): string {
  const color: unknown = edge.data('color');
  return typeof color === 'string' && HEX.test(color)
    ? color
    : relationTypeStyle(String(edge.data('type'))).color;
}

/** Public entry point: the canvas stylesheet for `theme`. Both themes have the same selectors. */
export function graphStylesheet(theme: Theme): StylesheetJson {
  const inks = THEME_INKS[theme];
  const outline = outlineColours(theme);
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        shape: (node: NodeSingular) => entityTypeStyle(String(node.data('type'))).shape,
        'background-color': 'data(color)',
        'border-width': 2,
        'border-color': (node: NodeSingular) => outline(nodeColour(node)),
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 12,
        'font-weight': 600,
        'min-zoomed-font-size': 6,
        color: inks.ink,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-background-color': inks.labelBacking,
        'text-background-opacity': inks.labelBackingOpacity,
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
        'line-color': (edge: EdgeSingular) => outline(edgeColour(edge)),
        'line-style': (edge: EdgeSingular) => relationTypeStyle(String(edge.data('type'))).lineStyle,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': (edge: EdgeSingular) => outline(edgeColour(edge)),
        'arrow-scale': 0.9,
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 9,
        'min-zoomed-font-size': 6,
        color: inks.mutedInk,
        'text-rotation': 'autorotate',
        'text-background-color': inks.labelBacking,
        'text-background-opacity': inks.labelBackingOpacity,
        'text-background-padding': '1px',
        'overlay-opacity': 0,
      },
    },
    // Selecting an element fades what is not connected to it, so its neighbourhood reads at a glance.
    ...dimmedRules(theme),
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': inks.focus, 'font-size': 13, 'z-index': 10 },
    },
    {
      selector: 'edge:selected',
      style: { width: 3.2, 'font-size': 11, color: inks.ink, 'font-weight': 600, 'z-index': 10 },
    },
  ];
}

/**
 * How the elements outside the selection's neighbourhood are faded. On the light canvas a low opacity
 * reads as "in the background" and stays visible. On the dark canvas the same opacity sank the deep
 * colours (Judge's indigo, the grey relations) into the background, so there they are drawn in one quiet
 * grey instead, with lines and labels at 3:1 against the canvas (WCAG 1.4.11): faded, still there.
 * theme-contrast.test.ts checks the result as Cytoscape draws it.
 */
function dimmedRules(theme: Theme): StylesheetJson {
  if (theme === 'light') {
    return [
      { selector: 'node.dimmed', style: { opacity: 0.28 } },
      { selector: 'edge.dimmed', style: { opacity: 0.28 } },
    ];
  }
  const canvas = CANVAS_BACKGROUND[theme];
  const line = ensureContrast(mixColors(canvas, '#FFFFFF', 0.2), canvas, GRAPHIC_CONTRAST);
  const fill = mixColors(canvas, '#FFFFFF', 0.12);
  return [
    {
      selector: 'node.dimmed',
      style: { 'background-color': fill, 'border-color': line, color: line, opacity: 1 },
    },
    {
      selector: 'edge.dimmed',
      style: { 'line-color': line, 'target-arrow-color': line, color: line, opacity: 1 },
    },
  ];
}

/** The light theme's stylesheet, for callers that have no theme to pass. */
export const GRAPH_STYLESHEET: StylesheetJson = graphStylesheet('light');
