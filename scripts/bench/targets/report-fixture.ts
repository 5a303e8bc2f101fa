import type { HttpCell } from '../measure/graphql-bench';
import type { InProcessResult } from '../measure/in-process-worker';
import type { QueryKind } from '../measure/query-kinds';
import { QUERY_KINDS } from '../measure/query-kinds';
import type { BenchStore } from '../report/types';
import type { ServedRun, TargetsReport } from './model';

/** Fixed inputs for the report's tests: a latency summary, a cell, a served run, an in-process result. */
export const latency = (p50: number, p99 = p50) => ({ p50, p95: p99, p99, mean: p50, samples: 100 });

export function cell(kind: QueryKind, connections: number, p50: number | null, p99 = p50): HttpCell {
  return {
    kind,
    connections,
    skipped: p50 === null ? 'not run: about 96 s per request expected' : null,
    run:
      p50 === null
        ? null
        : {
            connections,
            seconds: 4,
            ok: 100,
            throughput: 1_000 / p50,
            latency: latency(p50, p99 ?? p50),
            statusCounts: { 200: 100 },
            errors: 0,
            timeouts: 0,
            graphqlErrors: 0,
          },
  };
}

export function served(
  store: BenchStore,
  relations: number,
  processes: number,
  cells: HttpCell[],
  open: { seconds: number; rssMb: number } = { seconds: 5, rssMb: 500 },
): ServedRun {
  return {
    store,
    relations,
    entities: relations / 5,
    processes,
    readySeconds: open.seconds,
    readyRssMb: open.rssMb,
    endRssMb: open.rssMb * 1.5,
    cells,
  };
}

/** Every kind's in-process p50 is `p50[kind]`, or 1 ms. */
export function inProcess(p50: Partial<Record<QueryKind, number>>): InProcessResult {
  const kinds = {} as InProcessResult['kinds'];
  for (const kind of QUERY_KINDS) {
    kinds[kind] = {
      reps: [],
      median: latency(p50[kind] ?? 1),
      hotSpots: [{ frame: `${kind}Spot (graph/embedded/traversal.ts)`, percent: 40 }],
      plan: { dbHits: 1_234, operators: [{ operator: 'Expand(All)', dbHits: 1_000, rows: 10 }] },
    };
  }
  return { loadSeconds: 3, rssMb: 400, kinds };
}

export function targetsReport(parts: Partial<TargetsReport> = {}): TargetsReport {
  return {
    startedAt: '2026-12-03T15:00:00.000Z',
    machine: {
      cpu: 'cpu',
      cores: 2,
      memoryGb: 23.5,
      os: 'Linux',
      node: 'v20',
      commit: 'abc',
      uncommittedChanges: 0,
      loadAtStart: 0.1,
    },
    settings: {
      stores: ['embedded', 'neo4j'],
      sizes: [10_000, 500_000],
      target: 500_000,
      kinds: [...QUERY_KINDS],
      clients: [1, 16],
      curveProcesses: 1,
      processes: [1, 2],
      targetClients: 16,
      seconds: 4,
      answerCache: 'off',
    },
    neo4j: null,
    neo4jImports: [],
    neo4jRssMb: [],
    inProcess: [],
    runs: [],
    executor: null,
    notes: [],
    ...parts,
  };
}
