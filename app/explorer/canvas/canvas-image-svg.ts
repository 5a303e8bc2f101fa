import { shapePath } from '@/app/lib/shape-paths';
import { PICTURE_FONT_FAMILY, arrowPath, dashPattern } from './canvas-image-frame';
import type { PictureLayout, PlacedLegendEntry, PlacedLine, TextStyle } from './canvas-image-frame';

/**
 * The framed picture as one SVG document: cytoscape-svg's drawing nested at its place, with the title,
 * legend and source line around it. Everything is built as DOM nodes and written by an XML serializer, so
 * a title such as `Bukele & "CECOT" <2025>` comes out escaped, never as markup.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** The parser and serializer to use: the browser's own in the page, @xmldom/xmldom's in unit tests. */
export interface XmlTools {
  parser: { parseFromString(source: string, type: 'image/svg+xml'): Document };
  serializer: { serializeToString(node: Node): string };
}

/** The width and height cytoscape-svg wrote on its root element, in pixels. */
export function svgSize(svg: string, xml: XmlTools): { width: number; height: number } {
  const root = xml.parser.parseFromString(svg, 'image/svg+xml').documentElement;
  return {
    width: Number(root?.getAttribute('width') ?? 0),
    height: Number(root?.getAttribute('height') ?? 0),
  };
}

/**
 * `drawing` (an SVG document from cytoscape-svg) framed as `layout` says, on `background` (a CSS colour,
 * or undefined for none). `description` becomes the document's <title> (what a screen reader announces).
 */
export function composeSvg(
  drawing: string,
  layout: PictureLayout,
  background: string | undefined,
  description: string,
  xml: XmlTools,
): string {
  const doc = xml.parser.parseFromString(drawing, 'image/svg+xml');
  const inner = doc.documentElement;
  if (inner === null) throw new Error('The drawing is not an SVG document.');
  const el = (name: string, attributes: Record<string, string | number>): Element => {
    const element = doc.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    return element;
  };

  const root = el('svg', {
    version: '1.1',
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
  });
  root.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS);
  if (description !== '') {
    const title = el('title', {});
    title.appendChild(doc.createTextNode(description));
    root.appendChild(title);
  }
  if (background !== undefined) {
    root.appendChild(
      el('rect', { x: 0, y: 0, width: layout.width, height: layout.height, fill: background }),
    );
  }

  const text = (line: PlacedLine, style: TextStyle, role: string): Element => {
    const node = el('text', {
      x: round(line.x),
      y: round(line.y),
      'font-family': PICTURE_FONT_FAMILY,
      'font-size': round(style.size),
      'font-weight': style.weight,
      fill: style.color,
      'data-role': role,
    });
    node.appendChild(doc.createTextNode(line.text));
    return node;
  };
  for (const line of layout.title.lines) root.appendChild(text(line, layout.title.style, 'title'));

  doc.removeChild(inner);
  inner.setAttribute('x', String(layout.graph.x));
  inner.setAttribute('y', String(layout.graph.y));
  root.appendChild(inner);

  for (const placed of layout.legend.entries) {
    const group = el('g', { 'data-role': 'legend' });
    group.appendChild(legendKey(placed, el));
    group.appendChild(
      text(
        { text: placed.entry.label, x: placed.textX, y: placed.textY },
        layout.legend.style,
        'legend-label',
      ),
    );
    root.appendChild(group);
  }
  for (const line of layout.sources.lines) root.appendChild(text(line, layout.sources.style, 'sources'));

  doc.appendChild(root);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml.serializer.serializeToString(doc)}`;
}

function legendKey(
  placed: PlacedLegendEntry,
  el: (name: string, attributes: Record<string, string | number>) => Element,
): Element {
  const { entry, keyX, keyWidth, keySize, y } = placed;
  if (entry.kind === 'entity') {
    // shape-paths.ts draws in a 20×20 box.
    return el('path', {
      d: shapePath(entry.shape),
      transform: `translate(${round(keyX)} ${round(y - keySize / 2)}) scale(${round(keySize / 20)})`,
      fill: entry.color,
    });
  }
  const group = el('g', {});
  const unit = keySize / 14;
  const dash = dashPattern(entry.lineStyle, unit);
  group.appendChild(
    el('line', {
      x1: round(keyX),
      y1: round(y),
      x2: round(keyX + keyWidth - 6 * unit),
      y2: round(y),
      stroke: entry.color,
      'stroke-width': round(2 * unit),
      ...(dash === null ? {} : { 'stroke-dasharray': dash.map(round).join(' ') }),
    }),
  );
  group.appendChild(el('path', { d: arrowPath(keyX + keyWidth, y, unit), fill: entry.color }));
  return group;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
