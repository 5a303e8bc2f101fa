import { describe, expect, it } from 'vitest';
import { isNumber, isRecord, isString, readArray } from './json-shape';

describe('isRecord', () => {
  it('is true for a JSON object only, not for null or an array', () => {
    expect(isRecord({ a: 1 })).toBe(true);
    expect(isRecord(null)).toBe(false);
    expect(isRecord([])).toBe(false);
    expect(isRecord('{}')).toBe(false);
  });
});

describe('isNumber and isString', () => {
  it('tell JSON numbers and strings from look-alikes', () => {
    expect(isNumber(3)).toBe(true);
    expect(isNumber('3')).toBe(false);
    expect(isNumber(Number.NaN)).toBe(false);
    expect(isString('3')).toBe(true);
    expect(isString(3)).toBe(false);
  });
});

describe('readArray', () => {
  const readWord = (item: unknown) => (typeof item === 'string' ? item.toUpperCase() : null);

  it('reads every item', () => {
    expect(readArray(['a', 'b'], readWord)).toEqual(['A', 'B']);
    expect(readArray([], readWord)).toEqual([]);
  });

  it('is null when the value is not an array, or when any item does not read', () => {
    expect(readArray('a', readWord)).toBeNull();
    expect(readArray(['a', 1], readWord)).toBeNull();
  });
});
