import { describe, expect, it } from 'vitest';
import { contrastRatio, ensureContrast, mixColors, parseHex, relativeLuminance } from './theme-contrast';

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
});
