import type { EntityShape, RelationTypeStyle } from '@/app/lib/type-style';

/**
 * A publish-ready picture is the drawing in a frame: a title above it, and below it a legend of the types
 * drawn and a source line naming the articles its relations were read from. This module decides where
 * every piece goes (in the picture's own pixels), once, so that the SVG and the PNG writers
 * (canvas-image-svg.ts, canvas-image-png.ts) draw the same picture. It measures text through a function
 * it is given: the browser's canvas in the page, an estimate in unit tests.
 */

/** The longest title a picture takes (the export dialog's text box holds no more). */
export const PICTURE_TITLE_MAX_LENGTH = 120;

/** One key of the picture's legend: an entity type's shape and colour, or a relation style's line. */
export type LegendEntry =
  | { kind: 'entity'; label: string; color: string; shape: EntityShape }
  | { kind: 'relation'; label: string; color: string; lineStyle: RelationTypeStyle['lineStyle'] };

/** What goes around the drawing; an empty title, legend or source line is left out. */
export interface PictureFrame {
  title: string;
  legend: readonly LegendEntry[];
  /** The source line, as one paragraph of text (canvas-image-sources.ts writes it). */
  sources: string;
}

/** Nothing around the drawing: the picture is Cytoscape's own. */
export function isEmptyFrame(frame: PictureFrame | undefined): boolean {
  return (
    frame === undefined || (frame.title.trim() === '' && frame.legend.length === 0 && frame.sources === '')
  );
}

/** The width of `text` drawn in the CSS font `font`, in pixels. */
export type MeasureText = (text: string, font: string) => number;

/** The font stack of the frame's text (the canvas labels' own, minus the web font a file cannot carry). */
export const PICTURE_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export interface TextStyle {
  size: number;
  weight: 400 | 600 | 700;
  color: string;
}

/** A CSS font shorthand for a text style (what a canvas's `font` takes and `MeasureText` is given). */
export function cssFont(style: TextStyle): string {
  return `${style.weight} ${style.size}px ${PICTURE_FONT_FAMILY}`;
}

/** A line of text with its baseline's left end. */
export interface PlacedLine {
  text: string;
  x: number;
  y: number;
}

export interface PlacedLegendEntry {
  entry: LegendEntry;
  /** The key's box: a square for a shape, a short line for a relation, centred on `y`. */
  keyX: number;
  keyWidth: number;
  keySize: number;
  /** The label's baseline. */
  textX: number;
  textY: number;
  /** The middle of the row. */
  y: number;
}

export interface PictureLayout {
  width: number;
  height: number;
  /** Where the drawing goes, at its own size. */
  graph: { x: number; y: number; width: number; height: number };
  title: { style: TextStyle; lines: PlacedLine[] };
  legend: { style: TextStyle; entries: PlacedLegendEntry[] };
  sources: { style: TextStyle; lines: PlacedLine[] };
}

/** Ink for text: dark on a light (or transparent) background, light on a dark one. */
export interface FrameInks {
  text: string;
  muted: string;
}

/** Sizes at scale 1, in CSS pixels; every one is multiplied by the picture's scale. */
const BASE = {
  padding: 16,
  gap: 12,
  minContentWidth: 480,
  title: 20,
  legend: 12,
  sources: 11,
  lineHeight: 1.35,
  keySize: 14,
  relationKeyWidth: 26,
  keyGap: 6,
  entryGap: 16,
} as const;

/**
 * Where everything goes in a picture whose drawing is `graphWidth` × `graphHeight` pixels at `scale`
 * (image pixels per CSS pixel). The frame is at least wide enough for readable text; the drawing is
 * centred in it. With an empty frame the layout is the drawing alone.
 */
export function layoutPicture(
  frame: PictureFrame,
  drawing: { width: number; height: number; scale: number },
  inks: FrameInks,
  measure: MeasureText,
): PictureLayout {
  const { width: graphWidth, height: graphHeight, scale } = drawing;
  const title: TextStyle = { size: BASE.title * scale, weight: 700, color: inks.text };
  const legendStyle: TextStyle = { size: BASE.legend * scale, weight: 400, color: inks.text };
  const sourcesStyle: TextStyle = { size: BASE.sources * scale, weight: 400, color: inks.muted };
  if (isEmptyFrame(frame)) {
    return {
      width: graphWidth,
      height: graphHeight,
      graph: { x: 0, y: 0, width: graphWidth, height: graphHeight },
      title: { style: title, lines: [] },
      legend: { style: legendStyle, entries: [] },
      sources: { style: sourcesStyle, lines: [] },
    };
  }

  const padding = BASE.padding * scale;
  const gap = BASE.gap * scale;
  const width = Math.ceil(Math.max(graphWidth, BASE.minContentWidth * scale + 2 * padding));
  const contentWidth = width - 2 * padding;
  let y = padding;

  const titleText = frame.title.trim().slice(0, PICTURE_TITLE_MAX_LENGTH);
  const titleLines: PlacedLine[] = [];
  for (const text of wrap(titleText, cssFont(title), contentWidth, measure)) {
    titleLines.push({ text, x: padding, y: y + title.size });
    y += title.size * BASE.lineHeight;
  }
  if (titleLines.length > 0) y += gap - (title.size * BASE.lineHeight - title.size);
  else y = 0;

  const graph = {
    x: Math.round((width - graphWidth) / 2),
    y: Math.round(y),
    width: graphWidth,
    height: graphHeight,
  };
  y = graph.y + graphHeight;

  const hasFooter = frame.legend.length > 0 || frame.sources !== '';
  if (hasFooter) y += gap;
  const entries = placeLegend(frame.legend, legendStyle, padding, y, contentWidth, scale, measure);
  if (entries.length > 0) {
    const last = entries[entries.length - 1];
    y = (last?.y ?? y) + (legendStyle.size * BASE.lineHeight) / 2 + gap / 2;
  }
  const sourceLines: PlacedLine[] = [];
  for (const text of wrap(frame.sources, cssFont(sourcesStyle), contentWidth, measure)) {
    sourceLines.push({ text, x: padding, y: y + sourcesStyle.size });
    y += sourcesStyle.size * BASE.lineHeight;
  }
  const height = Math.ceil(hasFooter ? y + padding : y);

  return {
    width,
    height,
    graph,
    title: { style: title, lines: titleLines },
    legend: { style: legendStyle, entries },
    sources: { style: sourcesStyle, lines: sourceLines },
  };
}

/** The legend's keys left to right, starting a new row when the next would pass the right margin. */
function placeLegend(
  legend: readonly LegendEntry[],
  style: TextStyle,
  left: number,
  top: number,
  contentWidth: number,
  scale: number,
  measure: MeasureText,
): PlacedLegendEntry[] {
  const rowHeight = Math.max(style.size * BASE.lineHeight, (BASE.keySize + 4) * scale);
  const keySize = BASE.keySize * scale;
  const placed: PlacedLegendEntry[] = [];
  let x = left;
  let rowMiddle = top + rowHeight / 2;
  for (const entry of legend) {
    const keyWidth = entry.kind === 'entity' ? keySize : BASE.relationKeyWidth * scale;
    const labelWidth = measure(entry.label, cssFont(style));
    const entryWidth = keyWidth + BASE.keyGap * scale + labelWidth;
    if (x > left && x + entryWidth > left + contentWidth) {
      x = left;
      rowMiddle += rowHeight;
    }
    placed.push({
      entry,
      keyX: x,
      keyWidth,
      keySize,
      textX: x + keyWidth + BASE.keyGap * scale,
      // A baseline a third of the font size below the middle sets lower-case text visually centred.
      textY: rowMiddle + style.size / 3,
      y: rowMiddle,
    });
    x += entryWidth + BASE.entryGap * scale;
  }
  return placed;
}

/**
 * `text` broken into lines no wider than `width` at word boundaries; a word longer than a line is cut
 * where it must be. Empty text gives no lines.
 */
export function wrap(text: string, font: string, width: number, measure: MeasureText): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate, font) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    while (measure(line, font) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), font) > width) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The dash pattern of a relation line style, as the explorer's legend draws it, or null for solid. */
export function dashPattern(lineStyle: 'solid' | 'dashed' | 'dotted', unit: number): number[] | null {
  if (lineStyle === 'dashed') return [4 * unit, 2.5 * unit];
  if (lineStyle === 'dotted') return [1.5 * unit, 2 * unit];
  return null;
}

/** An arrowhead whose tip is at (tipX, y). */
export function arrowPath(tipX: number, y: number, unit: number): string {
  const back = tipX - 7 * unit;
  return `M${roundTo(back)} ${roundTo(y - 3.5 * unit)} L${roundTo(tipX)} ${roundTo(y)} L${roundTo(back)} ${roundTo(y + 3.5 * unit)} Z`;
}

function roundTo(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Ink that reads on `background` (a CSS hex or rgb() colour, or undefined for a transparent picture,
 * which will most often sit on a white page).
 */
export function frameInks(background: string | undefined): FrameInks {
  const dark = background !== undefined && isDark(background);
  return dark ? { text: '#E6EDF3', muted: '#A8B3BF' } : { text: '#1F2933', muted: '#52606D' };
}

function isDark(color: string): boolean {
  const rgb = parseColor(color);
  if (rgb === null) return false;
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2;
}

function parseColor(color: string): [number, number, number] | null {
  const value = color.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)?.[1];
  if (hex !== undefined) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(value);
  if (rgb !== null) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return null;
}
