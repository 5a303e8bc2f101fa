import { DEFAULT_EXPANSION_LIMIT } from '@/app/explorer/expansion/expansion';

/**
 * The reader's explorer settings, kept in localStorage: how many neighbours an expansion adds, how many
 * entities may be drawn before the explorer asks, and which renderer draws the canvas. Read through a
 * guard: whatever is stored is checked field by field and falls back to the default when it is not right.
 */

type RendererSetting = 'auto' | 'canvas' | 'webgl';

export interface ExplorerSettings {
  expansionLimit: number;
  drawWarningThreshold: number;
  renderer: RendererSetting;
}

export const EXPANSION_LIMIT_RANGE = { min: 1, max: 500 } as const;
export const DRAW_WARNING_RANGE = { min: 10, max: 100_000 } as const;

export const DEFAULT_SETTINGS: ExplorerSettings = {
  expansionLimit: DEFAULT_EXPANSION_LIMIT,
  // The same default as Neo4j Browser's node cap (canvas-performance.ts's DEFAULT_DRAW_WARNING_THRESHOLD).
  drawWarningThreshold: 1000,
  renderer: 'auto',
};

const STORAGE_KEY = 'newsgraph:explorer-settings';

export function readSettings(storage: Pick<Storage, 'getItem'>): ExplorerSettings {
  let stored: unknown;
  try {
    stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (typeof stored !== 'object' || stored === null) return DEFAULT_SETTINGS;
  const value = stored as Record<string, unknown>;
  return {
    expansionLimit: clampInt(value.expansionLimit, EXPANSION_LIMIT_RANGE, DEFAULT_SETTINGS.expansionLimit),
    drawWarningThreshold: clampInt(
      value.drawWarningThreshold,
      DRAW_WARNING_RANGE,
      DEFAULT_SETTINGS.drawWarningThreshold,
    ),
    renderer:
      value.renderer === 'canvas' || value.renderer === 'webgl' || value.renderer === 'auto'
        ? value.renderer
        : DEFAULT_SETTINGS.renderer,
  };
}

export function writeSettings(storage: Pick<Storage, 'setItem'>, settings: ExplorerSettings): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage full or refused (private mode): the settings still hold for this visit.
  }
}

/** A whole number within `range`, or `fallback` when `value` is not a finite number. */
export function clampInt(value: unknown, range: { min: number; max: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(range.max, Math.max(range.min, Math.round(value)));
}
