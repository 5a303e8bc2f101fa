import { describe, expect, it } from 'vitest';
import { CANVAS_BACKGROUND, GRAPHIC_CONTRAST } from '@/app/explorer/canvas/cytoscape-style';
import { hexOf, styledGraph } from '@/app/explorer/canvas/testing/styled-graph';
import {
  colourDifference,
  contrastRatio,
  ensureContrast,
  mixColors,
  parseHex,
  relativeLuminance,
} from './theme-contrast';

describe('theme-contrast', () => {
  it('#parseHex reads short and long hex and refuses the rest', () => {
    expect(parseHex('#0af')).toEqual([0, 170, 255]);
    expect(parseHex('#0072B2')).toEqual([0, 114, 178]);
    expect(() => parseHex('rgb(0,0,0)')).toThrow(/not a #RGB or #RRGGBB colour/);
  });

  it('#relativeLuminance runs from black to white', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 10);
  });

  it('#contrastRatio matches the WCAG reference values, either way round', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#777777')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
  });

  it('#mixColors moves a fraction of the way', () => {
    expect(mixColors('#000000', '#FFFFFF', 0)).toBe('#000000');
    expect(mixColors('#000000', '#FFFFFF', 1)).toBe('#FFFFFF');
    expect(mixColors('#000000', '#FFFFFF', 0.5)).toBe('#808080');
  });

  it('#colourDifference is 0 for one colour, about 100 from black to white, and tells hues apart', () => {
    expect(colourDifference('#C24E0A', '#C24E0A')).toBe(0);
    expect(colourDifference('#000000', '#FFFFFF')).toBeCloseTo(100, 0);
    // The amber the path used to have next to CRITICIZED's vermillion: hard to tell apart.
    expect(colourDifference('#B45309', '#C24E0A')).toBeLessThan(10);
  });

  describe('#ensureContrast', () => {
    it('keeps a colour that already stands out', () => {
      expect(ensureContrast('#0072B2', '#FFFFFF', 3)).toBe('#0072B2');
    });

    it('darkens a pale colour on a light background just enough', () => {
      const out = ensureContrast('#E69F00', '#FBFCFD', 3);
      expect(contrastRatio(out, '#FBFCFD')).toBeGreaterThanOrEqual(3);
      expect(relativeLuminance(out)).toBeLessThan(relativeLuminance('#E69F00'));
      expect(contrastRatio(out, '#FBFCFD')).toBeLessThan(3.4);
    });

    it('lightens a deep colour on a dark background', () => {
      const out = ensureContrast('#332288', '#12171D', 3);
      expect(contrastRatio(out, '#12171D')).toBeGreaterThanOrEqual(3);
      expect(relativeLuminance(out)).toBeGreaterThan(relativeLuminance('#332288'));
    });
  });

  describe('the dark canvas’s faded elements (outside the selection’s neighbourhood)', () => {
    const canvas = CANVAS_BACKGROUND.dark;
    /** What a faded element's colour looks like on the canvas: its colour at its opacity over the canvas. */
    const seen = (color: string, opacity: number) => mixColors(canvas, hexOf(color), opacity);

    it('keeps every entity’s outline and label at 3:1 or more, as Cytoscape draws them', () => {
      const cy = styledGraph('dark');
      cy.elements().addClass('dimmed');
      for (const node of cy.nodes().toArray()) {
        const opacity = Number(node.style('opacity'));
        for (const property of ['border-color', 'color']) {
          const color = seen(node.style(property) as string, opacity);
          expect(
            contrastRatio(color, canvas),
            `${String(node.data('type'))} ${property} ${color}`,
          ).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
        }
      }
    });

    it('keeps every relation’s line, arrow and label at 3:1 or more, as Cytoscape draws them', () => {
      const cy = styledGraph('dark');
      cy.elements().addClass('dimmed');
      for (const edge of cy.edges().toArray()) {
        const opacity = Number(edge.style('opacity'));
        for (const property of ['line-color', 'target-arrow-color', 'color']) {
          const color = seen(edge.style(property) as string, opacity);
          expect(
            contrastRatio(color, canvas),
            `${String(edge.data('type'))} ${property} ${color}`,
          ).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
        }
      }
    });
  });
});
