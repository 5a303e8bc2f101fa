import { describe, expect, it } from 'vitest';
import { placeNewNodes } from './placement';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('placement', () => {
  describe('#placeNewNodes', () => {
    it('starts a new node near the drawn node it is connected to', () => {
      const drawn = new Map([['bukele', { x: 500, y: 300 }]]);
      const placed = placeNewNodes(['cecot'], [{ source: 'bukele', target: 'cecot' }], drawn, { x: 0, y: 0 });
      const at = placed.get('cecot');
      expect(at).toBeDefined();
      expect(distance(at!, { x: 500, y: 300 })).toBeLessThan(100);
    });

    it('spreads siblings so they do not start on the same spot', () => {
      const drawn = new Map([['bukele', { x: 0, y: 0 }]]);
      const edges = ['a', 'b', 'c'].map((target) => ({ source: 'bukele', target }));
      const placed = placeNewNodes(['a', 'b', 'c'], edges, drawn, { x: 0, y: 0 });
      const points = [...placed.values()];
      for (let i = 0; i < points.length; i++) {
        for (let j = i + 1; j < points.length; j++)
          expect(distance(points[i]!, points[j]!)).toBeGreaterThan(20);
      }
    });

    it('uses the fallback point for a node with no drawn neighbour', () => {
      const placed = placeNewNodes(['lonely'], [], new Map(), { x: 1000, y: 1000 });
      expect(distance(placed.get('lonely')!, { x: 1000, y: 1000 })).toBeLessThan(100);
    });

    it('places between two drawn neighbours', () => {
      const drawn = new Map([
        ['left', { x: -400, y: 0 }],
        ['right', { x: 400, y: 0 }],
      ]);
      const edges = [
        { source: 'left', target: 'middle' },
        { source: 'middle', target: 'right' },
      ];
      const placed = placeNewNodes(['middle'], edges, drawn, { x: 999, y: 999 });
      expect(Math.abs(placed.get('middle')!.x)).toBeLessThan(100);
    });
  });
});
