import { describe, expect, it } from 'vitest';
import { PATH, PINNED_RING } from './canvas-marks-style';
import { CANVAS_BACKGROUND, GRAPHIC_CONTRAST } from './cytoscape-style';
import { contrastRatio } from '@/app/explorer/theme/theme-contrast';

describe('the canvas marks', () => {
  it.each(['light', 'dark'] as const)('stand out from the %s canvas (3:1 for graphics)', (theme) => {
    expect(contrastRatio(PINNED_RING, CANVAS_BACKGROUND[theme])).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
    expect(contrastRatio(PATH, CANVAS_BACKGROUND[theme])).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
  });
});
