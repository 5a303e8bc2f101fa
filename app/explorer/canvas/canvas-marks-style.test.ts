import { describe, expect, it } from 'vitest';
import { PATH, PINNED_RING } from './canvas-marks-style';
import { CANVAS_BACKGROUND, GRAPHIC_CONTRAST } from './cytoscape-style';
import { colourDifference, contrastRatio, ensureContrast } from '@/app/explorer/theme/theme-contrast';
import { relationColours } from '@/app/lib/type-style';

describe('the canvas marks', () => {
  it.each(['light', 'dark'] as const)('stand out from the %s canvas (3:1 for graphics)', (theme) => {
    expect(contrastRatio(PINNED_RING, CANVAS_BACKGROUND[theme])).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
    expect(contrastRatio(PATH, CANVAS_BACKGROUND[theme])).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
  });

  it.each(['light', 'dark'] as const)(
    'draws the path in a colour far from every relation colour of the legend, as drawn on the %s canvas',
    (theme) => {
      const colours = relationColours();
      expect(colours.length).toBeGreaterThanOrEqual(4);
      for (const colour of colours) {
        const drawn = ensureContrast(colour, CANVAS_BACKGROUND[theme], GRAPHIC_CONTRAST);
        for (const seen of [colour, drawn]) {
          expect(colourDifference(PATH, seen), `path ${PATH} vs ${seen}`).toBeGreaterThanOrEqual(40);
        }
      }
    },
  );
});
