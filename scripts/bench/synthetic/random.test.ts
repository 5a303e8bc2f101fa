import { describe, expect, it } from 'vitest';
import { Random } from './random';

describe('Random', () => {
  it('repeats its sequence for the same seed and not for another', () => {
    const draw = (seed: number) =>
      Array.from(
        { length: 5 },
        (
          (r) => () =>
            r.next()
        )(new Random(seed)),
      );
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('stays in range for int, skewedIndex and pick', () => {
    const random = new Random(1);
    for (let i = 0; i < 10_000; i++) {
      const n = 1 + (i % 17);
      expect(random.int(n)).toBeLessThan(n);
      expect(random.skewedIndex(n, 3)).toBeLessThan(n);
      expect(random.skewedIndex(n, 3)).toBeGreaterThanOrEqual(0);
    }
    expect(['a', 'b']).toContain(random.pick(['a', 'b']));
  });

  it('favours low indices in skewedIndex', () => {
    const random = new Random(5);
    const draws = Array.from({ length: 10_000 }, () => random.skewedIndex(100, 2.5));
    const low = draws.filter((d) => d < 10).length;
    // (10/100)^(1/2.5) ≈ 40% of the draws land on the first tenth, against 10% for a uniform draw.
    expect(low / draws.length).toBeGreaterThan(0.3);
  });

  it('draws by weight, never picking a zero weight', () => {
    const random = new Random(9);
    const draws = Array.from({ length: 1_000 }, () =>
      random.weighted([
        ['never', 0],
        ['often', 9],
        ['rarely', 1],
      ] as const),
    );
    expect(draws).not.toContain('never');
    expect(draws.filter((d) => d === 'often').length).toBeGreaterThan(800);
  });

  it('refuses a seed that is not an integer', () => {
    expect(() => new Random(0.5)).toThrow(RangeError);
  });
});
