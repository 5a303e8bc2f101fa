import type { HttpCell } from '../measure/graphql-bench';
import { ms } from '../report/targets';
import type { BenchStore } from '../report/types';
import { overheadRatios } from './issue13';
import type { ServedRun, TargetsReport } from './model';
import { inProcessOf, STORE_NAMES } from './model';

/** p50 / p99 and answers per second of a cell, with its errors; why not, when it did not run. */
function cellText(cell: HttpCell | undefined): { latency: string; throughput: string } {
  if (cell === undefined) return { latency: '–', throughput: '–' };
  if (cell.run === null) return { latency: 'not run (too slow)', throughput: '–' };
  const { run } = cell;
  const failures = run.errors + run.graphqlErrors + (run.statusCounts['5xx'] ?? 0);
  return {
    latency: `${ms(run.latency.p50)} / ${ms(run.latency.p99)}${failures > 0 ? ` (${failures} errors)` : ''}`,
    throughput: run.throughput.toFixed(0),
  };
}

/** Neo4j's p50 over the embedded store's, when both answered. */
function p50Ratio(embedded: HttpCell | undefined, neo4j: HttpCell | undefined): string {
  const p50 = (cell: HttpCell | undefined) =>
    cell?.run === null || cell?.run === undefined || cell.run.ok === 0 ? null : cell.run.latency.p50;
  const [e, n] = [p50(embedded), p50(neo4j)];
  return e === null || n === null || !(e > 0) ? '–' : `${(n / e).toFixed(1)}×`;
}

/**
 * The curves, one table per query kind: each graph size × process count × clients measured on any store,
 * the stores side by side (p50 / p99 and req/s) and Neo4j ÷ embedded at p50.
 */
export function curveTables(report: TargetsReport): string[] {
  const { stores, kinds } = report.settings;
  const both = stores.length === 2;
  const points = [
    ...new Map(
      report.runs.flatMap((run) =>
        run.cells.map((c) => [
          `${run.relations}/${run.processes}/${c.connections}`,
          { relations: run.relations, processes: run.processes, clients: c.connections },
        ]),
      ),
    ).values(),
  ].sort((a, b) => a.relations - b.relations || a.processes - b.processes || a.clients - b.clients);
  const runOf = (store: BenchStore, relations: number, processes: number): ServedRun | undefined =>
    report.runs.find((r) => r.store === store && r.relations === relations && r.processes === processes);
  const lines: string[] = [];
  for (const kind of kinds) {
    lines.push(
      `### ${kind}`,
      '',
      `| relations | processes | clients | ${stores.map((s) => `${STORE_NAMES[s]} p50 / p99 | ${STORE_NAMES[s]} req/s`).join(' | ')}${both ? ' | Neo4j ÷ embedded, p50' : ''} |`,
      `| ---: | ---: | ---: | ${stores.map(() => '---: | ---:').join(' | ')}${both ? ' | ---:' : ''} |`,
    );
    for (const point of points) {
      const cells = stores.map((store) =>
        runOf(store, point.relations, point.processes)?.cells.find(
          (c) => c.kind === kind && c.connections === point.clients,
        ),
      );
      const texts = cells.map(cellText).map((t) => `${t.latency} | ${t.throughput}`);
      lines.push(
        `| ${point.relations.toLocaleString('en-US')} | ${point.processes} | ${point.clients} | ${texts.join(' | ')}${both ? ` | ${p50Ratio(cells[0], cells[1])}` : ''} |`,
      );
    }
    lines.push('');
  }
  return lines;
}

/**
 * HTTP+GraphQL over the store call made in-process (p50, one client) for every kind, store and size: the
 * fixed cost of a request next to the work it asks for.
 */
export function overheadTable(report: TargetsReport): string[] {
  const { kinds, stores, sizes } = report.settings;
  const lines = [
    `| store | relations | ${kinds.join(' | ')} |`,
    `| --- | ---: | ${kinds.map(() => '---:').join(' | ')} |`,
  ];
  for (const store of stores) {
    for (const relations of sizes) {
      const inProcess = inProcessOf(report, store, relations);
      if (inProcess === undefined) continue;
      const run = report.runs.find(
        (r) =>
          r.store === store && r.relations === relations && r.processes === report.settings.curveProcesses,
      );
      const ratios = overheadRatios(report, store, relations, run, kinds);
      const texts = ratios.map(
        (r) =>
          `${r.ratio === null ? '–' : `${r.ratio.toFixed(1)}×`} (${ms(inProcess.kinds[r.kind].median.p50)})`,
      );
      lines.push(`| ${STORE_NAMES[store]} | ${relations.toLocaleString('en-US')} | ${texts.join(' | ')} |`);
    }
  }
  return lines;
}

/** Opening each graph: our server's time and memory per store and process count, and Neo4j's import. */
export function openTable(report: TargetsReport): string[] {
  const lines = [
    '| store | relations | processes | ready after | our server when ready | at the end | in-process worker: open, RSS | import into Neo4j |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const run of report.runs) {
    const inProcess = inProcessOf(report, run.store, run.relations);
    const imported = report.neo4jImports.find((r) => r.relations === run.relations);
    const importText =
      run.store !== 'neo4j' || imported === undefined
        ? '–'
        : imported.seed.relationsPerSecond === null
          ? `failed: ${imported.seed.error ?? ''}`
          : `${imported.seed.seconds?.toFixed(1)} s, ${Math.round(imported.seed.relationsPerSecond).toLocaleString('en-US')} relations/s`;
    lines.push(
      `| ${STORE_NAMES[run.store]} | ${run.relations.toLocaleString('en-US')} | ${run.processes} | ${run.readySeconds.toFixed(1)} s | ${Math.round(run.readyRssMb)} MB | ${Math.round(run.endRssMb)} MB | ${inProcess === undefined ? '–' : `${inProcess.loadSeconds.toFixed(1)} s, ${Math.round(inProcess.rssMb)} MB`} | ${importText} |`,
    );
  }
  if (report.neo4j !== null) {
    const jvm = report.neo4jRssMb.map(
      (r) => `${Math.round(r.rssMb)} MB after ${r.relations.toLocaleString('en-US')}`,
    );
    lines.push(
      '',
      `Neo4j 5.26 (its own JVM, beside our server): heap ${report.neo4j.heapMiB} MiB, page cache ${report.neo4j.pageCacheMiB} MiB (sized for the largest graph it was to hold), started in ${report.neo4j.startSeconds.toFixed(1)} s; its resident memory ${jvm.length === 0 ? 'not read' : jvm.join(', ')}.`,
    );
  }
  return lines;
}
