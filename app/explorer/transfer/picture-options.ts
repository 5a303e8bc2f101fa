import { PICTURE_TITLE_MAX_LENGTH } from '@/app/explorer/canvas/canvas-image-frame';
import { IMAGE_SCALES } from './export-choices';
import type { ImageBackground, ImageScale } from './export-choices';

/**
 * The export dialog's picture options, remembered: how a picture is made (scale, background, legend,
 * source line) is a habit and stays in localStorage from one visit to the next; its title is about one
 * picture, so it is kept in sessionStorage, for this tab only (an SVG made after a PNG gets the same
 * title without typing it again). Whatever is stored is checked field by field.
 */

export interface PictureOptions {
  scale: ImageScale;
  background: ImageBackground;
  /** A legend of the entity and relation types drawn, under the drawing. */
  legend: boolean;
  /** The articles the drawn relations were read from, with outlet and date, under the legend. */
  sources: boolean;
}

/** A picture ready for an article: a legend and the sources, on white, at 2×. */
export const DEFAULT_PICTURE_OPTIONS: PictureOptions = {
  scale: 2,
  background: 'white',
  legend: true,
  sources: true,
};

const OPTIONS_KEY = 'newsgraph:picture-options';
const TITLE_KEY = 'newsgraph:picture-title';
const BACKGROUNDS: readonly ImageBackground[] = ['white', 'transparent', 'theme'];

export function readPictureOptions(storage: Pick<Storage, 'getItem'>): PictureOptions {
  let stored: unknown;
  try {
    stored = JSON.parse(storage.getItem(OPTIONS_KEY) ?? 'null');
  } catch {
    return DEFAULT_PICTURE_OPTIONS;
  }
  if (typeof stored !== 'object' || stored === null) return DEFAULT_PICTURE_OPTIONS;
  const value = stored as Record<string, unknown>;
  const scale = IMAGE_SCALES.find((s) => s === value.scale);
  const background = BACKGROUNDS.find((b) => b === value.background);
  return {
    scale: scale ?? DEFAULT_PICTURE_OPTIONS.scale,
    background: background ?? DEFAULT_PICTURE_OPTIONS.background,
    legend: typeof value.legend === 'boolean' ? value.legend : DEFAULT_PICTURE_OPTIONS.legend,
    sources: typeof value.sources === 'boolean' ? value.sources : DEFAULT_PICTURE_OPTIONS.sources,
  };
}

export function writePictureOptions(storage: Pick<Storage, 'setItem'>, options: PictureOptions): void {
  remember(() => storage.setItem(OPTIONS_KEY, JSON.stringify(options)));
}

/** The title typed for this tab's last picture, within the limit; empty when there is none. */
export function readPictureTitle(storage: Pick<Storage, 'getItem'>): string {
  try {
    return (storage.getItem(TITLE_KEY) ?? '').slice(0, PICTURE_TITLE_MAX_LENGTH);
  } catch {
    return '';
  }
}

export function writePictureTitle(storage: Pick<Storage, 'setItem'>, title: string): void {
  remember(() => storage.setItem(TITLE_KEY, title.slice(0, PICTURE_TITLE_MAX_LENGTH)));
}

function remember(write: () => void): void {
  try {
    write();
  } catch {
    // Storage full or refused (private mode): the options still hold while the dialog is open.
  }
}
