import { describe, expect, it } from 'vitest';
import { appendAll } from './append-all';

describe('appendAll', () => {
  it('appends more items than a spread call could pass as arguments', () => {
    const target = [0];
    const items = Array.from({ length: 500_000 }, (_, i) => i + 1);
    appendAll(target, items);
    expect(target).toHaveLength(500_001);
    expect(target[500_000]).toBe(500_000);
  });
});
