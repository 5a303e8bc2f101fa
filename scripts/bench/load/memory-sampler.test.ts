import { describe, expect, it } from 'vitest';
import { judgeMemory } from './memory-sampler';

const samples = (values: readonly number[]): [number, number][] => values.map((mb, i) => [i, mb]);

describe('judgeMemory', () => {
  it('calls a saw-tooth that settles after warming up flat', () => {
    const sawTooth = Array.from({ length: 60 }, (_, i) => (i < 10 ? 200 + i * 10 : 300 + (i % 5) * 20));
    const verdict = judgeMemory(200, samples(sawTooth));
    expect(verdict.flat).toBe(true);
    expect(verdict.peakMb).toBe(380);
  });

  it('calls memory that keeps climbing to the end growing', () => {
    const climbing = Array.from({ length: 60 }, (_, i) => 300 + i * 10);
    expect(judgeMemory(300, samples(climbing)).flat).toBe(false);
  });
});
