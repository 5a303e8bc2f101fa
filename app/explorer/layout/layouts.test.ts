import { describe, expect, it } from 'vitest';
import { LAYOUT_NAMES, isLayoutName, layoutOptions } from './layouts';

const base = { nodeCount: 10, incremental: false, roots: [], pinned: new Map() };

describe('layoutOptions', () => {
  it('gives every layout animated, fitted options under its own name', () => {
    for (const name of LAYOUT_NAMES) {
      const options = layoutOptions({ ...base, name }) as unknown as Record<string, unknown>;
      expect(options.name).toBe(name);
      expect(options.animate).toBe(true);
      expect(options.fit).toBe(true);
    }
  });

  it('keeps pinned nodes fixed in fCoSE and grows the tree from the roots given', () => {
    const fcose = layoutOptions({
      ...base,
      name: 'fcose',
      pinned: new Map([['a', { x: 1, y: 2 }]]),
    }) as unknown as Record<string, unknown>;
    expect(fcose.fixedNodeConstraint).toEqual([{ nodeId: 'a', position: { x: 1, y: 2 } }]);
    const tree = layoutOptions({ ...base, name: 'breadthfirst', roots: ['a'] }) as unknown as Record<
      string,
      unknown
    >;
    expect(tree.roots).toEqual(['a']);
  });

  it('orders concentric rings by degree and stops animating big drawings', () => {
    const options = layoutOptions({ ...base, name: 'concentric', nodeCount: 5000 }) as unknown as {
      animate: boolean;
      concentric: (node: { data: (key: string) => unknown }) => number;
    };
    expect(options.animate).toBe(false);
    expect(options.concentric({ data: () => 7 })).toBe(7);
    expect(isLayoutName('grid')).toBe(true);
    expect(isLayoutName('spiral')).toBe(false);
  });
});
