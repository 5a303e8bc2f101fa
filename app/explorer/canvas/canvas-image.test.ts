import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_AREA, MAX_IMAGE_SIDE, backgroundColor, effectiveScale } from './canvas-image';

describe('effectiveScale', () => {
  it('keeps the scale asked for when the picture fits the browser’s limits', () => {
    expect(effectiveScale(1200, 800, 4)).toBe(4);
  });

  it('lowers it so that the longest side stays within the limit', () => {
    const scale = effectiveScale(8000, 1000, 4);
    expect(8000 * scale).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    expect(scale).toBeLessThan(4);
  });

  it('lowers it so that the area stays within the limit', () => {
    const scale = effectiveScale(4000, 4000, 4);
    expect(4000 * scale * 4000 * scale).toBeLessThanOrEqual(MAX_IMAGE_AREA * 1.000001);
  });
});

describe('backgroundColor', () => {
  it('gives white, nothing for transparent, and the theme’s canvas colour', () => {
    expect(backgroundColor('white', '#fbfcfd')).toBe('#ffffff');
    expect(backgroundColor('transparent', '#fbfcfd')).toBeUndefined();
    expect(backgroundColor('theme', ' #fbfcfd ')).toBe('#fbfcfd');
  });

  it('falls back to white when the theme sets no canvas colour', () => {
    expect(backgroundColor('theme', '')).toBe('#ffffff');
  });
});
