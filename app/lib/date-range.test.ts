import { describe, expect, it } from 'vitest';
import { inRange, isoDayOrNull } from './date-range';

describe('inRange', () => {
  it('keeps every article when no range is set, dated or not', () => {
    expect(inRange(null, { from: null, to: null })).toBe(true);
  });

  it('keeps the bounds themselves and leaves out undated articles from a range', () => {
    const range = { from: '2026-03-01', to: '2026-03-31' };
    expect(['2026-02-28', '2026-03-01', '2026-03-31', '2026-04-01'].map((d) => inRange(d, range))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(inRange(null, range)).toBe(false);
    expect(inRange('2030-01-01', { from: '2026-03-01', to: null })).toBe(true);
  });
});

describe('isoDayOrNull', () => {
  it('takes an ISO day and nothing else', () => {
    expect(['2026-03-01', '', '2026-3-1', null, 7].map(isoDayOrNull)).toEqual([
      '2026-03-01',
      null,
      null,
      null,
      null,
    ]);
  });
});
