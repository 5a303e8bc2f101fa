import { describe, expect, it } from 'vitest';
import { PICTURE_TITLE_MAX_LENGTH, frameInks, isEmptyFrame, layoutPicture, wrap } from './canvas-image-frame';
import type { PictureFrame } from './canvas-image-frame';
import { estimateWidth } from './canvas-image-testing';

const INKS = frameInks('#ffffff');
const NONE: PictureFrame = { title: '', legend: [], sources: '' };
const FULL: PictureFrame = {
  title: 'Who criticised CECOT',
  legend: [
    { kind: 'entity', label: 'Person', color: '#0072B2', shape: 'ellipse' },
    { kind: 'relation', label: 'criticized', color: '#C24E0A', lineStyle: 'solid' },
  ],
  sources: 'Source: “Bukele answers Hillary Clinton’s criticism of CECOT”, cbsnews.com, 17 March 2025.',
};

describe('layoutPicture', () => {
  it('leaves the drawing alone when there is nothing to frame it with', () => {
    const layout = layoutPicture(NONE, { width: 900, height: 600, scale: 2 }, INKS, estimateWidth);
    expect(isEmptyFrame(NONE)).toBe(true);
    expect(layout).toMatchObject({ width: 900, height: 600, graph: { x: 0, y: 0, width: 900, height: 600 } });
  });

  it('puts the title above the drawing and the legend and sources below it', () => {
    const layout = layoutPicture(FULL, { width: 1200, height: 800, scale: 1 }, INKS, estimateWidth);
    expect(layout.width).toBe(1200);
    const [title] = layout.title.lines;
    expect(title?.text).toBe('Who criticised CECOT');
    expect(title?.y).toBeLessThan(layout.graph.y);
    const below = layout.graph.y + layout.graph.height;
    for (const entry of layout.legend.entries) expect(entry.y - entry.keySize / 2).toBeGreaterThan(below);
    const legendBottom = Math.max(...layout.legend.entries.map((e) => e.y));
    for (const line of layout.sources.lines) expect(line.y).toBeGreaterThan(legendBottom);
    expect(layout.height).toBeGreaterThan(layout.sources.lines.at(-1)?.y ?? Infinity);
    expect(layout.height).toBeGreaterThan(800 + 60);
  });

  it('scales the frame with the picture', () => {
    const one = layoutPicture(FULL, { width: 1200, height: 800, scale: 1 }, INKS, estimateWidth);
    const two = layoutPicture(FULL, { width: 2400, height: 1600, scale: 2 }, INKS, estimateWidth);
    expect(two.title.style.size).toBe(2 * one.title.style.size);
    expect(two.height - 1600).toBeCloseTo(2 * (one.height - 800), -1);
  });

  it('widens a small drawing’s picture so the text has room, and centres the drawing', () => {
    const layout = layoutPicture(FULL, { width: 120, height: 90, scale: 1 }, INKS, estimateWidth);
    expect(layout.width).toBeGreaterThan(120);
    expect(layout.graph.x).toBe(Math.round((layout.width - 120) / 2));
  });

  it('wraps a long source line within the margins and moves legend keys to a new row', () => {
    const many: PictureFrame = {
      ...FULL,
      legend: Array.from({ length: 12 }, (_, i) => ({
        kind: 'entity' as const,
        label: `Entity type number ${i}`,
        color: '#0072B2',
        shape: 'ellipse' as const,
      })),
      sources: `Sources: ${Array.from({ length: 10 }, (_, i) => `“Article ${i} about the prison”, outlet${i}.com, 1 May 2025`).join('; ')}.`,
    };
    const layout = layoutPicture(many, { width: 600, height: 400, scale: 1 }, INKS, estimateWidth);
    expect(layout.sources.lines.length).toBeGreaterThan(3);
    expect(new Set(layout.legend.entries.map((e) => e.y)).size).toBeGreaterThan(1);
    const font = `400 ${layout.sources.style.size}px sans-serif`;
    for (const line of layout.sources.lines) {
      expect(line.x + estimateWidth(line.text, font)).toBeLessThanOrEqual(layout.width - line.x);
    }
    expect(layout.sources.lines.map((l) => l.text).join(' ')).toBe(many.sources);
  });

  it('cuts a title longer than the limit', () => {
    const long = { ...NONE, title: 'x'.repeat(PICTURE_TITLE_MAX_LENGTH + 50) };
    const layout = layoutPicture(long, { width: 4000, height: 100, scale: 1 }, INKS, estimateWidth);
    expect(layout.title.lines.map((l) => l.text).join('')).toHaveLength(PICTURE_TITLE_MAX_LENGTH);
  });
});

describe('wrap', () => {
  it('breaks at spaces, and inside a word only when the word alone is too long', () => {
    const font = '400 10px sans-serif';
    expect(wrap('aaa bbb ccc', font, 6 * 7, estimateWidth)).toEqual(['aaa bbb', 'ccc']);
    expect(wrap('abcdefghij', font, 6 * 4, estimateWidth)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrap('   ', font, 100, estimateWidth)).toEqual([]);
  });
});

describe('frameInks', () => {
  it('writes dark on white or transparent, and light on a dark canvas', () => {
    expect(frameInks('#ffffff').text).toBe(frameInks(undefined).text);
    expect(frameInks('#0f1419').text).not.toBe(frameInks('#ffffff').text);
    expect(frameInks('rgb(15, 20, 25)').text).toBe(frameInks('#0f1419').text);
    expect(frameInks('#fff').text).toBe(frameInks('#ffffff').text);
  });
});
