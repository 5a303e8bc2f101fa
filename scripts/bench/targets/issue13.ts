import type { HttpRun } from '../measure/http-load';
import type { QueryKind } from '../measure/query-kinds';
import { ms } from '../report/targets';

/** One measured server: a graph size and a number of processes. */
export interface ServedRun {
  relations: number;
  entities: number;
  processes: number;
  /** Start to the first healthy answer (the snapshot is read then). */
  readySeconds: number;
  /** Resident memory of the server (all its processes) once ready, and after the cells. */
  readyRssMb: number;
  endRssMb: number;
  cells: { kind: QueryKind; clients: number; run: HttpRun }[];
}

/** Issue 13's target table, its "today" column as the issue states it (2026-12-03, before this work). */
const ISSUE_13_TARGETS: readonly {
  label: string;
  today: string;
  target: string;
  kind?: QueryKind;
  limitMs?: number;
}[] = [
  {
    label: 'search (name prefix, 10 results)',
    today: 'p99 1,405 ms',
    target: 'p99 < 30 ms',
    kind: 'search',
    limitMs: 30,
  },
  {
    label: "the explorer's expansion of a hub (capped at 25, summaries)",
    today: 'not measured',
    target: 'p99 < 50 ms',
    kind: 'expansion',
    limitMs: 50,
  },
  {
    label: "the explorer's details of an entity with evidence",
    today: 'not measured',
    target: 'p99 < 50 ms',
    kind: 'details',
    limitMs: 50,
  },
  {
    label: '`neighborhood` depth 2, limit 200, with evidence (API)',
    today: 'p99 2,327 ms',
    target: 'p99 < 250 ms',
    kind: 'neighborhood2',
    limitMs: 250,
  },
  { label: '`shortestPath`', today: 'p99 124 ms', target: 'p99 < 50 ms', kind: 'shortestPath', limitMs: 50 },
];

/** The target table at `clients` clients on the run of the target size with the most processes. */
export function targetTable(runs: readonly ServedRun[], relations: number, clients: number): string[] {
  const atSize = runs.filter((run) => run.relations === relations);
  const served = atSize.sort((a, b) => b.processes - a.processes)[0];
  if (served === undefined) return [`(no run at ${relations} relations)`];
  const lines = [
    `${served.entities.toLocaleString('en-US')} entities / ${relations.toLocaleString('en-US')} relations, ${clients} clients, ${served.processes} process(es):`,
    '',
    '| request | today (issue 13) | target | new | verdict |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const row of ISSUE_13_TARGETS) {
    const cell = served.cells.find((c) => c.kind === row.kind && c.clients === clients);
    const p99 = cell?.run.latency.p99 ?? Number.NaN;
    const limit = row.limitMs ?? Number.NaN;
    const verdict = !Number.isFinite(p99)
      ? 'not run'
      : p99 < limit
        ? 'met'
        : `missed, ${(p99 / limit).toFixed(1)}×`;
    lines.push(`| ${row.label} | ${row.today} | ${row.target} | p99 ${ms(p99)} | ${verdict} |`);
  }
  const open = served.readySeconds <= 8 && served.readyRssMb <= 1024 ? 'met' : 'missed';
  lines.push(
    `| server memory with the graph / time to open it | 1.55 GB / 17.6 s | ≤ 1 GB / ≤ 8 s | ${(served.readyRssMb / 1024).toFixed(2)} GB / ${served.readySeconds.toFixed(1)} s | ${open} |`,
  );
  return lines;
}

/** p50 / p99 and answers per second of every cell: how cost grows with the graph and the readers. */
export function curveTable(
  runs: readonly ServedRun[],
  kinds: readonly QueryKind[],
  clients: readonly number[],
): string[] {
  const lines = [
    `| query | relations | processes | ${clients.map((c) => `${c} clients: p50 / p99, req/s`).join(' | ')} |`,
    `| --- | ---: | ---: | ${clients.map(() => '---:').join(' | ')} |`,
  ];
  for (const kind of kinds) {
    for (const run of runs) {
      const cells = clients.map((c) => {
        const cell = run.cells.find((x) => x.kind === kind && x.clients === c);
        if (cell === undefined) return '–';
        const errors = cell.run.errors + cell.run.graphqlErrors + (cell.run.statusCounts['5xx'] ?? 0);
        return `${ms(cell.run.latency.p50)} / ${ms(cell.run.latency.p99)}, ${cell.run.throughput.toFixed(0)}${errors > 0 ? ` (${errors} errors)` : ''}`;
      });
      lines.push(
        `| ${kind} | ${run.relations.toLocaleString('en-US')} | ${run.processes} | ${cells.join(' | ')} |`,
      );
    }
  }
  return lines;
}

/** Memory and time to open, per graph and process count. */
export function openTable(runs: readonly ServedRun[]): string[] {
  const lines = [
    '| relations | processes | ready after | memory when ready | memory at the end |',
    '| ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const run of runs) {
    lines.push(
      `| ${run.relations.toLocaleString('en-US')} | ${run.processes} | ${run.readySeconds.toFixed(1)} s | ${Math.round(run.readyRssMb)} MB | ${Math.round(run.endRssMb)} MB |`,
    );
  }
  return lines;
}
