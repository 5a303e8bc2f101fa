import { describe, expect, it } from 'vitest';
import type { HttpCell } from '../measure/graphql-bench';
import type { WaySummary } from '../measure/import-bench';
import type { InProcessKind } from '../measure/in-process-worker';
import type { PageBenchResult } from '../measure/page-bench';
import { judgeTargets } from './targets';
import type { BenchReport } from './types';

const latency = (p50: number, p99 = p50) => ({ p50, p95: p99, p99, mean: p50, samples: 10 });
const inProcessKind = (p50: number): InProcessKind => ({ reps: [], median: latency(p50), hotSpots: [] });
const way = (relationsPerSecond: number | null): WaySummary => ({
  seconds: relationsPerSecond === null ? null : 1_000 / relationsPerSecond,
  relationsPerSecond,
  steps: {},
  error: relationsPerSecond === null ? 'RangeError: Maximum call stack size exceeded' : null,
});
const cell = (kind: HttpCell['kind'], connections: number, p50: number | null, p99 = p50): HttpCell => ({
  kind,
  connections,
  skipped: p50 === null ? 'not run: about 96 s per request expected' : null,
  run:
    p50 === null
      ? null
      : {
          connections,
          seconds: 10,
          ok: 100,
          throughput: 10,
          latency: latency(p50, p99 ?? p50),
          statusCounts: { 200: 100 },
          errors: 0,
          timeouts: 0,
          graphqlErrors: 0,
        },
});

function report(
  neighborhoodAt16: HttpCell,
  seedSpeed: number,
  jsBytes: number,
  importSpeed: number | null = seedSpeed,
): BenchReport {
  const page: PageBenchResult = {
    runs: 1,
    firstDrawnMs: [900],
    firstDrawnMedianMs: 900,
    layoutDoneMedianMs: 1_200,
    scripts: [],
    totalGzipBytes: jsBytes,
    initialGzipBytes: jsBytes / 2,
  };
  return {
    formatVersion: 2,
    startedAt: '2025-01-01T00:00:00.000Z',
    finishedAt: '2025-01-01T00:10:00.000Z',
    machine: {
      cpu: 'cpu',
      cores: 2,
      memoryGb: 8,
      os: 'Linux',
      node: 'v20',
      commit: 'abc',
      uncommittedChanges: 0,
      loadAtStart: 0,
    },
    settings: {
      stores: ['embedded'],
      importSizes: [1_000],
      targetRelations: 500_000,
      fitsRelations: null,
      cellSeconds: 10,
      seed: 1,
    },
    import: [
      {
        relations: 1_000,
        entities: 200,
        documents: 50,
        megabytes: 0.5,
        runs: 1,
        ways: { bare: way(100_000), seed: way(seedSpeed), import: way(importSpeed) },
        seedHotSpots: [],
      },
    ],
    neo4j: null,
    neo4jImport: [],
    graphql: [
      {
        store: 'embedded',
        relations: 500_000,
        entities: 100_000,
        serverReadySeconds: 20,
        serverRssMb: 3_000,
        result: {
          inProcess: {
            loadSeconds: 15,
            rssMb: 2_000,
            kinds: {
              search: inProcessKind(2),
              neighborhood1: inProcessKind(6_000),
              neighborhood2: inProcessKind(6_000),
              shortestPath: inProcessKind(5_000),
              expansion: inProcessKind(5_000),
              details: inProcessKind(5_000),
            },
          },
          cells: [cell('search', 1, 3), cell('neighborhood1', 1, 6_100), neighborhoodAt16],
        },
      },
    ],
    page: [{ graph: 'seed data', result: page }],
    notes: [],
  };
}

describe('judgeTargets', () => {
  it('meets every target a fast, small app would meet', () => {
    const verdicts = judgeTargets(report(cell('neighborhood2', 16, 10, 40), 60_000, 200 * 1024));
    const byTarget = verdicts.map((v) => v.verdict);
    // HTTP over in-process for search is 1.5×, for neighbourhood 1.02×: under 2×.
    expect(byTarget).toEqual(['met', 'met', 'met', 'met']);
  });

  it('says by how much each target is missed', () => {
    const [neighborhood, overhead, importSpeed, js] = judgeTargets(
      report(cell('neighborhood2', 16, 900, 5_000), 20_000, 400 * 1024),
    );
    expect(neighborhood?.verdict).toBe('missed');
    expect(neighborhood?.by).toBe('100× over');
    expect(overhead?.verdict).toBe('met');
    expect(importSpeed?.verdict).toBe('missed');
    expect(importSpeed?.by).toContain('0.20');
    expect(js?.by).toBe('100 KB over');
  });

  it('counts an import that failed as a missed target', () => {
    const [, , importSpeed] = judgeTargets(report(cell('neighborhood2', 16, 10, 40), 60_000, 0, null));
    expect(importSpeed?.verdict).toBe('missed');
    expect(importSpeed?.by).toBe('import 1k failed');
  });

  it('estimates a floor for a neighbourhood cell that could not be run', () => {
    const [neighborhood] = judgeTargets(report(cell('neighborhood2', 16, null), 60_000, 0));
    expect(neighborhood?.verdict).toBe('missed');
    // 6 s in-process × 16 clients in flight, against 50 ms.
    expect(neighborhood?.by).toBe('at least 1920× over (estimated)');
  });
});
