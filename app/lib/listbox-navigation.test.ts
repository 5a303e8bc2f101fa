import { describe, expect, it } from 'vitest';
import { nextActiveIndex } from './listbox-navigation';

describe('nextActiveIndex', () => {
  it('goes to the first option on ArrowDown and to the last on ArrowUp when none is active', () => {
    expect(nextActiveIndex(-1, 1, 4)).toBe(0);
    expect(nextActiveIndex(-1, -1, 4)).toBe(3);
  });

  it('moves one option at a time', () => {
    expect(nextActiveIndex(1, 1, 4)).toBe(2);
    expect(nextActiveIndex(2, -1, 4)).toBe(1);
  });

  it('wraps around at both ends', () => {
    expect(nextActiveIndex(3, 1, 4)).toBe(0);
    expect(nextActiveIndex(0, -1, 4)).toBe(3);
  });

  it('has nothing to activate in an empty list', () => {
    expect(nextActiveIndex(-1, 1, 0)).toBe(-1);
  });

  it('recovers when the list shrank under the active option', () => {
    expect(nextActiveIndex(7, 1, 3)).toBe(0);
  });
});
