import type { Core, ExportOptions } from 'cytoscape';
import type { ImageBackground, ImageFormat } from '@/app/explorer/transfer/export-choices';
import { loadSvgExport } from './cytoscape-loader';
import { frameInks, isEmptyFrame, layoutPicture } from './canvas-image-frame';
import type { MeasureText, PictureFrame } from './canvas-image-frame';
import { composePng } from './canvas-image-png';
import { composeSvg, svgSize } from './canvas-image-svg';
import { withPathKey } from './canvas-image-legend';

/**
 * Pictures of the canvas as it looks (types' colours and shapes, labels, the selection's fading): PNG by
 * Cytoscape itself, SVG by cytoscape-svg (registered in cytoscape-loader.ts). Always the whole drawing,
 * not just the part of it in view; with a frame (a title, a legend, a source line), the drawing is placed
 * in it (canvas-image-frame.ts lays it out, canvas-image-svg.ts and canvas-image-png.ts draw it).
 */

// The method cytoscape-svg adds to every Cytoscape instance once registered (see cytoscape-loader.ts).
declare module 'cytoscape' {
  interface Core {
    /** The drawing as an SVG document, with the same options as `cy.png` (full, scale, bg, ...). */
    svg(options?: ExportOptions): string;
  }
}

export interface ImageOptions {
  format: ImageFormat;
  /** 1, 2 or 4 image pixels per drawing unit. */
  scale: number;
  background: ImageBackground;
  /** The CSS colour the theme paints the canvas with, for `background: 'theme'`. */
  themeColor: string;
  /** What goes around the drawing; none by default. */
  frame?: PictureFrame;
}

/**
 * The longest side and the largest area a browser will reliably draw into one canvas (Chrome's limits
 * are 32 767 px a side and 268 M px in all; Safari's are lower).
 */
export const MAX_IMAGE_SIDE = 16_384;
export const MAX_IMAGE_AREA = 120_000_000;

/** The scale actually used: the one asked for, reduced when the picture would pass the browser's limits. */
export function effectiveScale(width: number, height: number, scale: number): number {
  if (width <= 0 || height <= 0) return scale;
  const bySide = MAX_IMAGE_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_IMAGE_AREA / (width * height));
  return Math.min(scale, bySide, byArea);
}

/** The background colour for Cytoscape's `bg`, or undefined for a transparent picture. */
export function backgroundColor(background: ImageBackground, themeColor: string): string | undefined {
  switch (background) {
    case 'white':
      return '#ffffff';
    case 'transparent':
      return undefined;
    case 'theme':
      return themeColor.trim() === '' ? '#ffffff' : themeColor.trim();
  }
}

/** Public: the picture of everything `cy` draws, as a file's worth of bytes with its media type. */
export async function canvasImage(cy: Core, options: ImageOptions): Promise<Blob> {
  const box = cy.elements().boundingBox();
  const exportOptions: ExportOptions = {
    full: true,
    scale: effectiveScale(box.w, box.h, options.scale),
    bg: backgroundColor(options.background, options.themeColor),
    // With a scale, Cytoscape ignores these as limits; giving them stops it from multiplying the scale by
    // the screen's pixel ratio, so "2×" means the same picture on a laptop and on a phone.
    maxWidth: MAX_IMAGE_SIDE,
    maxHeight: MAX_IMAGE_SIDE,
  };
  const frame =
    options.frame === undefined
      ? undefined
      : { ...options.frame, legend: withPathKey(options.frame.legend, cy.elements('.path').nonempty()) };
  const bg = exportOptions.bg;
  if (options.format === 'SVG') {
    await loadSvgExport();
    let svg = cy.svg(exportOptions);
    if (frame !== undefined && !isEmptyFrame(frame)) {
      const xml = { parser: new DOMParser(), serializer: new XMLSerializer() };
      const layout = layoutPicture(
        frame,
        { ...svgSize(svg, xml), scale: exportOptions.scale ?? 1 },
        frameInks(bg),
        browserMeasure(),
      );
      svg = composeSvg(svg, layout, bg, frame.title.trim(), xml);
    }
    return new Blob([svg], { type: 'image/svg+xml' });
  }
  const png = await cy.png({ ...exportOptions, output: 'blob-promise' });
  if (frame === undefined || isEmptyFrame(frame)) return png;
  const drawing = await createImageBitmap(png);
  try {
    const size = { width: drawing.width, height: drawing.height, scale: exportOptions.scale ?? 1 };
    return await composePng(drawing, layoutPicture(frame, size, frameInks(bg), browserMeasure()), bg);
  } finally {
    drawing.close();
  }
}

/**
 * Text widths from the browser's canvas, a little generous: an SVG may be shown with another font than
 * the one measured here, and a line that wraps a word early is better than one that runs off the edge.
 */
function browserMeasure(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) throw new Error('This browser cannot draw the picture.');
  return (text, font) => {
    context.font = font;
    return context.measureText(text).width * 1.05;
  };
}
