import { median } from '../harness/stats';

/**
 * Samples a process's resident memory once a second, to tell a server whose memory settles under load from
 * one that keeps growing (a leak: per-request caches that outlive requests, listeners never removed).
 */
export interface MemorySamples {
  /** [seconds since start, MB] */
  samples: [number, number][];
  stop(): void;
}

export function sampleMemory(read: () => number, intervalMs = 1_000): MemorySamples {
  const started = performance.now();
  const samples: [number, number][] = [];
  const take = () => samples.push([(performance.now() - started) / 1000, read()]);
  take();
  const timer = setInterval(take, intervalMs);
  return {
    samples,
    stop: () => {
      clearInterval(timer);
      take();
    },
  };
}

export interface MemoryVerdict {
  beforeMb: number;
  peakMb: number;
  /** Median of the second quarter of the run: by then caches and JIT have warmed up. */
  warmMb: number;
  /** Median of the last quarter. */
  endMb: number;
  /** Growth from the warm median to the end median, as a fraction of the warm one. */
  growth: number;
  flat: boolean;
}

/**
 * Flat means the median of the run's last quarter is within `tolerance` (default 25%) of the median of its
 * second quarter: the first quarter may grow (JIT, caches, connection buffers filling), the rest may not.
 * Medians of windows rather than single samples, because a collected heap makes RSS a saw-tooth.
 */
export function judgeMemory(
  beforeMb: number,
  samples: readonly [number, number][],
  tolerance = 0.25,
): MemoryVerdict {
  const values = samples.map(([, mb]) => mb).filter((mb) => Number.isFinite(mb));
  const quarter = (i: number) =>
    values.slice(Math.floor((i * values.length) / 4), Math.floor(((i + 1) * values.length) / 4));
  const warmMb = median(quarter(1));
  const endMb = median(quarter(3));
  const growth = (endMb - warmMb) / warmMb;
  return {
    beforeMb,
    peakMb: Math.max(...values),
    warmMb,
    endMb,
    growth,
    flat: Number.isFinite(growth) && growth <= tolerance,
  };
}
