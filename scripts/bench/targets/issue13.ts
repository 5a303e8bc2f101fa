import type { HttpCell } from '../measure/graphql-bench';
import type { QueryKind } from '../measure/query-kinds';
import { ms, ratio } from '../report/targets';
import type { BenchStore } from '../report/types';
import type { ServedRun, TargetsReport } from './model';
import { inProcessOf, STORE_NAMES, tableRun } from './model';

/** Issue 13's latency targets, the "today" column as the issue states it (2026-12-03, before this work). */
const LATENCY_TARGETS: readonly {
  label: string;
  today: string;
  kind: QueryKind;
  limitMs: number;
}[] = [
  { label: 'search (name prefix, 10 results)', today: 'p99 1,405 ms', kind: 'search', limitMs: 30 },
  {
    label: "the explorer's expansion of a hub (capped at 25, summaries)",
    today: 'not measured',
    kind: 'expansion',
    limitMs: 50,
  },
  {
    label: "the explorer's details of an entity with evidence",
    today: 'not measured',
    kind: 'details',
    limitMs: 50,
  },
  {
    label: '`neighborhood` depth 2, limit 200, with evidence (API)',
    today: 'p99 2,327 ms',
    kind: 'neighborhood2',
    limitMs: 250,
  },
  { label: '`shortestPath`', today: 'p99 124 ms', kind: 'shortestPath', limitMs: 50 },
];

/** HTTP+GraphQL over the store call, p50, for these kinds. */
const OVERHEAD_KINDS = ['neighborhood1', 'shortestPath'] as const;
const OVERHEAD_LIMIT = 3;
const OPEN_LIMITS = { rssMb: 1024, seconds: 8 } as const;

/** One store's figure for a row, and whether (and by how much) it misses the target. */
export interface Judged {
  measured: string;
  verdict: string;
  met: boolean | null;
}

const NOT_RUN: Judged = { measured: '–', verdict: 'not run', met: null };

/** A value against an upper limit: met when below (or at, when `inclusive`), else by how much it misses. */
export function judge(value: number, limit: number, inclusive = false): Pick<Judged, 'verdict' | 'met'> {
  const met = inclusive ? value <= limit : value < limit;
  return { met, verdict: met ? 'met' : `missed by ${ratio(value / limit)}` };
}

/** A p99 row: the cell at the table's clients, or why there is none. */
export function judgeP99(
  cell: HttpCell | undefined,
  limitMs: number,
  inProcessP50Ms: number | undefined,
): Judged {
  if (cell === undefined) return NOT_RUN;
  if (cell.run === null) {
    // Not run because one call alone is too slow: the in-process p50 × the clients is a floor for the p99.
    const floor = (inProcessP50Ms ?? Number.NaN) * cell.connections;
    return {
      measured: 'not run (too slow)',
      verdict: Number.isFinite(floor) ? `missed by ≥ ${ratio(floor / limitMs)} (estimated)` : 'missed',
      met: false,
    };
  }
  if (cell.run.ok === 0)
    return { measured: 'no answer', verdict: 'missed (no request answered)', met: false };
  const p99 = cell.run.latency.p99;
  const failures = cell.run.errors + cell.run.graphqlErrors;
  return {
    measured: `p99 ${ms(p99)}${failures > 0 ? ` (${failures} errors)` : ''}`,
    ...judge(p99, limitMs),
  };
}

/** HTTP p50 at one client over the in-process p50, per kind; null where either is missing. */
export function overheadRatios(
  report: TargetsReport,
  store: BenchStore,
  relations: number,
  run: ServedRun | undefined,
  kinds: readonly QueryKind[] = OVERHEAD_KINDS,
): { kind: QueryKind; ratio: number | null }[] {
  const inProcess = inProcessOf(report, store, relations);
  return kinds.map((kind) => {
    const http = run?.cells.find((c) => c.kind === kind && c.connections === 1)?.run;
    const own = inProcess?.kinds[kind]?.median.p50;
    if (http === null || http === undefined || http.ok === 0 || own === undefined || !(own > 0)) {
      return { kind, ratio: null };
    }
    return { kind, ratio: http.latency.p50 / own };
  });
}

function judgeOverhead(ratios: { kind: QueryKind; ratio: number | null }[]): Judged {
  const known = ratios.flatMap((r) => (r.ratio === null ? [] : [{ kind: r.kind, ratio: r.ratio }]));
  if (known.length === 0) return NOT_RUN;
  const worst = known.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const { met, verdict } = judge(worst.ratio, OVERHEAD_LIMIT, true);
  return {
    measured: ratios.map((r) => (r.ratio === null ? '–' : `${r.ratio.toFixed(1)}×`)).join(', '),
    verdict: met ? verdict : `${verdict} (${worst.kind})`,
    met,
  };
}

export function judgeOpen(run: ServedRun | undefined): Judged {
  if (run === undefined) return NOT_RUN;
  const memory = judge(run.readyRssMb, OPEN_LIMITS.rssMb, true);
  const time = judge(run.readySeconds, OPEN_LIMITS.seconds, true);
  const misses = [
    ...(memory.met ? [] : [`memory ${memory.verdict}`]),
    ...(time.met ? [] : [`time ${time.verdict}`]),
  ];
  return {
    measured: `${(run.readyRssMb / 1024).toFixed(2)} GB / ${run.readySeconds.toFixed(1)} s`,
    verdict: misses.length === 0 ? 'met' : misses.join(', '),
    met: misses.length === 0,
  };
}

/** Every row of the table for one store: the p99 rows, the overhead row, the open row. */
export function judgeStore(
  report: TargetsReport,
  store: BenchStore,
): { label: string; today: string; target: string; judged: Judged; kind?: QueryKind }[] {
  const relations = report.settings.target;
  const clients = report.settings.targetClients;
  const run = tableRun(report, store, relations);
  const inProcess = inProcessOf(report, store, relations);
  return [
    ...LATENCY_TARGETS.map((row) => ({
      label: row.label,
      today: row.today,
      target: `p99 < ${row.limitMs} ms`,
      kind: row.kind,
      judged: judgeP99(
        run?.cells.find((c) => c.kind === row.kind && c.connections === clients),
        row.limitMs,
        inProcess?.kinds[row.kind]?.median.p50,
      ),
    })),
    {
      label: 'HTTP+GraphQL ÷ in-process, p50, depth 1 and path',
      today: '15.7×, 11.4×',
      target: `≤ ${OVERHEAD_LIMIT}×`,
      judged: judgeOverhead(overheadRatios(report, store, relations, run)),
    },
    {
      label: `our server's memory with the graph / time to open it`,
      today: '1.55 GB / 17.6 s',
      target: '≤ 1 GB / ≤ 8 s',
      judged: judgeOpen(run),
    },
  ];
}

/** Issue 13's table with a column and a verdict per store, on the target graph at the table's clients. */
export function targetTable(report: TargetsReport): string[] {
  const { stores, target, targetClients } = report.settings;
  const per = stores.map((store) => ({ store, rows: judgeStore(report, store) }));
  const first = per[0];
  if (first === undefined) return ['(no store measured)'];
  const runs = stores.map((store) => {
    const run = tableRun(report, store, target);
    return `${STORE_NAMES[store]} ${run === undefined ? 'not served' : `${run.processes} process(es)`}`;
  });
  const lines = [
    `${target.toLocaleString('en-US')} relations, ${targetClients} clients (the latency rows), ${runs.join(', ')}; the overhead row at 1 client:`,
    '',
    `| request | today (issue 13) | target | ${stores.map((s) => STORE_NAMES[s]).join(' | ')} | ${stores.map((s) => `verdict, ${STORE_NAMES[s]}`).join(' | ')} |`,
    `| --- | --- | --- | ${stores.map(() => '---:').join(' | ')} | ${stores.map(() => '---').join(' | ')} |`,
  ];
  first.rows.forEach((row, i) => {
    const judged = per.map((p) => p.rows[i]?.judged ?? NOT_RUN);
    lines.push(
      `| ${row.label} | ${row.today} | ${row.target} | ${judged.map((j) => j.measured).join(' | ')} | ${judged.map((j) => j.verdict).join(' | ')} |`,
    );
  });
  return lines;
}
