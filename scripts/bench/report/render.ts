import type { HttpCell } from '../measure/graphql-bench';
import type { WaySummary } from '../measure/import-bench';
import { QUERY_KINDS } from '../measure/query-kinds';
import { judgeNeo4jTargets } from './neo4j-targets';
import { sideBySide, sizesOnBothStores } from './side-by-side';
import { count, graphName, judgeTargets, ms } from './targets';
import type { BenchReport, GraphqlSection, PageSection } from './types';

/** The report as Markdown: the machine, the targets, then one table per measurement. */
export function renderMarkdown(report: BenchReport): string {
  const lines: string[] = [];
  const { machine } = report;
  const minutes = (Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 60_000;
  lines.push(`# newsgraph benchmarks, ${report.startedAt.slice(0, 16).replace('T', ' ')} UTC`, '');
  lines.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB RAM, ${machine.os}, Node ${machine.node}. ` +
      `Code: commit ${machine.commit}${machine.uncommittedChanges > 0 ? ` plus ${machine.uncommittedChanges} uncommitted files` : ''}. ` +
      `Load average at start ${machine.loadAtStart.toFixed(2)}; the run took ${minutes.toFixed(1)} min.`,
    '',
  );
  for (const note of report.notes) lines.push(`- ${note}`);
  if (report.notes.length > 0) lines.push('');

  lines.push('## Targets', '', '| target | goal | measured | verdict |', '| --- | --- | --- | --- |');
  for (const t of [...judgeTargets(report), ...judgeNeo4jTargets(report)]) {
    lines.push(`| ${t.target} | ${t.goal} | ${t.measured} | ${t.verdict}${t.by === '' ? '' : `: ${t.by}`} |`);
  }
  lines.push('');
  lines.push(
    ...importSection(report),
    ...neo4jImportSection(report),
    ...sideBySideSection(report),
    ...report.graphql.flatMap(graphqlSection),
    ...pageSection(report.page),
  );
  return `${lines.join('\n')}\n`;
}

function importSection(report: BenchReport): string[] {
  if (report.import.length === 0) return [];
  const lines = [
    '## 1. Import into the embedded store',
    '',
    'From the bundle file on disk to the graph: the **seed path** (bundle validation, then one ' +
      '`EmbeddedGraphStore.upsert`, which takes the already-checked batch as it is, then writes and flushes the snapshot), the ' +
      '**import service** (`importGraph`, behind `npm run import` and `POST /api/import`), and a **bare loop** ' +
      '(`JSON.parse` and graphology `addNode`/`addEdge`, nothing checked, nothing written). Medians of the runs.',
    '',
    '| relations | entities | file | runs | bare loop | seed path | ratio | import service | ratio |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of report.import) {
    const bare = row.ways.bare.relationsPerSecond;
    const rel = (way: WaySummary) =>
      way.relationsPerSecond === null || bare === null ? '–' : (way.relationsPerSecond / bare).toFixed(2);
    lines.push(
      `| ${count(row.relations)} | ${count(row.entities)} | ${row.megabytes.toFixed(1)} MB | ${row.runs} | ` +
        `${speed(row.ways.bare)} | ${speed(row.ways.seed)} | ${rel(row.ways.seed)} | ${speed(row.ways.import)} | ${rel(row.ways.import)} |`,
    );
  }
  lines.push('', 'Where the time goes (median seconds per step, largest size that ran):', '');
  const largest = [...report.import].reverse();
  for (const way of ['seed', 'import', 'bare'] as const) {
    const row = largest.find((r) => r.ways[way].seconds !== null);
    if (row === undefined) continue;
    const steps = Object.entries(row.ways[way].steps)
      .map(([step, s]) => `${step} ${s.toFixed(2)} s`)
      .join(', ');
    lines.push(`- ${way}, ${count(row.relations)} relations: ${steps}`);
  }
  const profiled = report.import.find((row) => row.seedHotSpots.length > 0);
  if (profiled !== undefined) {
    const spots = profiled.seedHotSpots.map((h) => `${h.frame} ${h.percent.toFixed(0)}%`).join(', ');
    lines.push(`- seed path, CPU profile at ${count(profiled.relations)} relations (self time): ${spots}`);
  }
  const failures = report.import.flatMap((row) =>
    (['seed', 'import', 'bare'] as const).flatMap((way) => {
      const error = row.ways[way].error;
      return error === null ? [] : [`- ${way} at ${count(row.relations)} relations failed: \`${error}\``];
    }),
  );
  return [...lines, ...failures, ''];
}

function neo4jImportSection(report: BenchReport): string[] {
  if (report.neo4jImport.length === 0 || report.neo4j === null) return [];
  const { neo4j } = report;
  const lines = [
    '## 1b. Import into Neo4j, beside the embedded store',
    '',
    `Neo4j Community 5.26 started by the run (scripts/neo4j), heap ${neo4j.heapMiB} MiB, page cache ${neo4j.pageCacheMiB} MiB, ` +
      `ready ${neo4j.startSeconds.toFixed(0)} s after start. The **seed path** into Neo4j: bundle validation, then the ` +
      "adapter's upsert: one transaction of UNWIND statements of at most 10,000 rows, relations one type at a time " +
      '(`MERGE` on the type’s id index). The store is emptied before each run, outside the timing. Medians of the runs.',
    '',
    'CPU: seconds of CPU Neo4j’s JVM and the importing Node process used during a run; their sum far below the ' +
      'wall time means the import was waiting for a core (the other processes on the machine), not working.',
    '',
    '| relations | runs | Neo4j seed path | embedded seed path | Neo4j ÷ embedded | CPU: Neo4j / Node | where Neo4j’s time goes |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const row of report.neo4jImport) {
    const embedded = report.import.find((r) => r.relations === row.relations)?.ways.seed;
    const ratio =
      embedded?.relationsPerSecond == null || row.seed.relationsPerSecond === null
        ? '–'
        : `${(row.seed.relationsPerSecond / embedded.relationsPerSecond).toFixed(2)}×`;
    const steps = Object.entries(row.seed.steps)
      .map(([step, seconds]) => `${step} ${seconds.toFixed(2)} s`)
      .join(', ');
    lines.push(
      `| ${count(row.relations)} | ${row.runs} | ${speed(row.seed)} | ${embedded === undefined ? '–' : speed(embedded)} | ${ratio} | ` +
        `${cpu(row.serverCpuSeconds)} / ${cpu(row.clientCpuSeconds)} | ${steps || (row.seed.error ?? '')} |`,
    );
  }
  return [...lines, ''];
}

function cpu(seconds: number | null): string {
  return seconds === null ? '–' : `${seconds.toFixed(1)} s`;
}

function sideBySideSection(report: BenchReport): string[] {
  const sizes = sizesOnBothStores(report);
  if (sizes.length === 0) return [];
  const lines = [
    '## 2. Both stores side by side',
    '',
    'The same questions (`workload.json`) to both stores: in-process (the store call, one at a time) and over ' +
      'HTTP (`next start`, GraphQL) at each number of clients. Ratios are Neo4j ÷ embedded: above 1 Neo4j is slower.',
    '',
  ];
  for (const size of sizes) {
    lines.push(
      `### ${graphName(size)}`,
      '',
      '| query | where | embedded p50 / p99 | Neo4j p50 / p99 | Neo4j ÷ embedded, p50 | p99 | answers/s, embedded / Neo4j |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const row of sideBySide(report, size)) {
      const pair = (l: { p50: number; p99: number } | null) =>
        l === null ? '–' : `${ms(l.p50)} / ${ms(l.p99)}`;
      const times = (r: number | null) => (r === null ? '–' : `${r.toFixed(2)}×`);
      const rate = (t: number | null) => (t === null ? '–' : t.toFixed(1));
      lines.push(
        `| ${row.kind} | ${row.clients === null ? 'in-process' : `HTTP, ${row.clients} clients`} | ${pair(row.embedded)} | ${pair(row.neo4j)} | ` +
          `${times(row.p50Ratio)} | ${times(row.p99Ratio)} | ${row.clients === null ? '' : `${rate(row.embeddedThroughput)} / ${rate(row.neo4jThroughput)}`} |`,
      );
    }
    lines.push('');
  }
  return lines;
}

function speed(way: WaySummary): string {
  if (way.relationsPerSecond === null) return 'failed';
  return `${Math.round(way.relationsPerSecond).toLocaleString('en-US')}/s (${way.seconds?.toFixed(2)} s)`;
}

function graphqlSection(section: GraphqlSection): string[] {
  const { inProcess, cells } = section.result;
  const lines = [
    `## 3. GraphQL on ${graphName(section.relations)}, ${section.store === 'neo4j' ? 'Neo4j' : 'embedded store'}`,
    '',
    `\`next start\` on 127.0.0.1, autocannon, ${cells.find((c) => c.run !== null)?.run?.seconds.toFixed(0) ?? '–'} s per cell; ` +
      `the server was ready ${section.store === 'embedded' ? '(snapshot read) ' : ''}${section.serverReadySeconds.toFixed(1)} s after start and held ${Math.round(section.serverRssMb)} MB afterwards. ` +
      `In-process: the same store calls in another process, one at a time, ${inProcess.kinds.search.reps.length} repetitions ` +
      `(medians; that process ${section.store === 'embedded' ? 'read the snapshot' : 'connected'} in ${inProcess.loadSeconds.toFixed(1)} s).`,
    '',
    '| query | clients | answered (per s) | p50 | p95 | p99 | not OK | in-process p50 / p99 | HTTP ÷ in-process (p50) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |',
  ];
  for (const cell of cells) lines.push(cellRow(cell, section));
  if (section.store === 'neo4j') {
    lines.push(
      '',
      'Where Neo4j spends a call: PROFILE of the adapter’s statement for the first question of each kind ' +
        '(database hits, the operators with the most; Community’s slotted runtime reports no times):',
      '',
    );
    for (const kind of QUERY_KINDS) {
      const plan = inProcess.kinds[kind].plan;
      const operators =
        plan?.operators.map(
          (o) => `${o.operator} ${o.dbHits.toLocaleString('en-US')} (${o.rows.toLocaleString('en-US')} rows)`,
        ) ?? [];
      lines.push(
        `- ${kind}: ${plan === undefined ? 'not profiled' : `${plan.dbHits.toLocaleString('en-US')} db hits; ${operators.join(', ')}`}`,
      );
    }
    return [...lines, ''];
  }
  lines.push('', 'Where an in-process call spends its time (CPU profile of one call, self time):', '');
  for (const kind of QUERY_KINDS) {
    const spots = inProcess.kinds[kind].hotSpots.map((h) => `${h.frame} ${h.percent.toFixed(0)}%`).join(', ');
    lines.push(`- ${kind}: ${spots}`);
  }
  return [...lines, ''];
}

function cellRow(cell: HttpCell, section: GraphqlSection): string {
  const own = section.result.inProcess.kinds[cell.kind].median;
  const inProcess = `${ms(own.p50)} / ${ms(own.p99)}`;
  if (cell.run === null) {
    return `| ${cell.kind} | ${cell.connections} | – | – | – | – | ${cell.skipped ?? 'not run'} | ${inProcess} | – |`;
  }
  const { run } = cell;
  const bad = Object.entries(run.statusCounts)
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, n]) => `${n}× ${status}`);
  if (run.errors > 0) bad.push(`${run.errors} errors (${run.timeouts} timeouts)`);
  if (run.graphqlErrors > 0) bad.push(`${run.graphqlErrors} with GraphQL errors`);
  const ratio = cell.connections === 1 ? `${(run.latency.p50 / own.p50).toFixed(2)}×` : '';
  return (
    `| ${cell.kind} | ${cell.connections} | ${run.latency.samples} (${run.throughput.toFixed(1)}) | ${ms(run.latency.p50)} | ${ms(run.latency.p95)} | ` +
    `${ms(run.latency.p99)} | ${bad.length === 0 ? 'none' : bad.join(', ')} | ${inProcess} | ${ratio} |`
  );
}

function pageSection(pages: readonly PageSection[]): string[] {
  if (pages.length === 0) return [];
  const lines = [
    '## 4. The explorer page (embedded store)',
    '',
    'Chromium (playwright-core), a fresh browser context per visit (empty cache), 1280×800. "First graph": from ' +
      'navigation start to the status line counting an entity; "layout done": to the first layout finishing. ' +
      'JavaScript: every script the page loaded until its first graph, gzipped (level 9).',
    '',
    '| graph | visits | first graph (median) | layout done (median) | JS gzipped until the first graph | of which named in the HTML |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { graph, result } of pages) {
    lines.push(
      `| ${graph} | ${result.runs} | ${ms(result.firstDrawnMedianMs)} | ${result.layoutDoneMedianMs === null ? '–' : ms(result.layoutDoneMedianMs)} | ` +
        `${kb(result.totalGzipBytes)} | ${kb(result.initialGzipBytes)} |`,
    );
  }
  const first = pages[0];
  if (first !== undefined) {
    lines.push('', 'Largest scripts (gzipped):', '');
    const largest = [...first.result.scripts].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 6);
    for (const script of largest) {
      const name = new URL(script.url).pathname.split('/').pop() ?? script.url;
      const holds = script.holds.length === 0 ? '' : `, holds ${script.holds.join(', ')}`;
      lines.push(
        `- ${name}: ${kb(script.gzipBytes)} (${kb(script.bytes)} raw${holds}${script.initial ? '' : ', loaded later'})`,
      );
    }
  }
  return [...lines, ''];
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}
