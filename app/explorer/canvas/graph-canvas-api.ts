import type { ImageOptions } from './canvas-image';
import type { Position } from '@/app/explorer/layout/placement';

/** Commands the toolbar sends to the canvas, and what it can be asked about. */
export interface GraphCanvasHandle {
  /** Lays the whole graph out again from scratch with the current layout. */
  relayout(): void;
  /** Zooms and pans so every element is in view. */
  fit(): void;
  /** A picture of the whole drawing as it looks (PNG or SVG); rejects when the canvas is not ready. */
  image(options: Omit<ImageOptions, 'themeColor'>): Promise<Blob>;
  /** Where every entity is now (model coordinates), and where removed ones were last drawn. */
  positions(): Map<string, Position>;
}

/** Ask the canvas to centre an element once it is drawn and laid out; `seq` makes a repeat request new. */
export interface FocusRequest {
  id: string;
  seq: number;
}

/**
 * Put entities back where they were (undo, redo, back/forward, a link with positions). A new `seq` is a
 * new request; `fit` zooms to the result (a link opened) rather than keeping the reader's viewport.
 */
export interface RestoreRequest {
  seq: number;
  positions: ReadonlyMap<string, Position>;
  fit: boolean;
}

/** Where a context menu was asked for, in CSS pixels from the canvas's top-left corner. */
export interface MenuRequest {
  id: string;
  x: number;
  y: number;
}

/** How many elements Cytoscape actually holds. */
export interface DrawnCounts {
  nodes: number;
  edges: number;
}
