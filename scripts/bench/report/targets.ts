import type { BenchReport, GraphqlSection } from './types';

/**
 * The performance targets, judged against a report. Targets are reported, never asserted: a miss
 * says by how much, and the Markdown report shows the profile that says why.
 */
export interface TargetVerdict {
  target: string;
  goal: string;
  measured: string;
  verdict: 'met' | 'missed' | 'not measured';
  /** How far off, e.g. "164× over" or "0.42 of the bare loop's speed"; empty when met. */
  by: string;
}

const TARGETS = {
  neighborhoodP99Ms: 50,
  overheadRatio: 2,
  importRatio: 0.5,
  firstLoadJsKb: 300,
} as const;

/** The app's targets, stated on the embedded store (Neo4j's are in neo4j-targets.ts). */
export function judgeTargets(report: BenchReport): TargetVerdict[] {
  // The overhead target is stated on the big graph; the smaller one shows it where store calls are fast.
  const embedded = report.graphql.filter((g) => g.store === 'embedded');
  const target = embedded.find((g) => g.relations === report.settings.targetRelations);
  const others = embedded.filter((g) => g !== target);
  return [
    neighborhoodTarget(report),
    overheadTarget(target ?? others[0]),
    ...(target === undefined ? others.slice(1) : others).map(overheadTarget),
    importTarget(report),
    jsTarget(report),
  ];
}

function neighborhoodTarget(report: BenchReport): TargetVerdict {
  const section = report.graphql.find(
    (g) => g.store === 'embedded' && g.relations === report.settings.targetRelations,
  );
  const target = 'neighborhood depth 2, p99 at 16 clients';
  const goal = `< ${TARGETS.neighborhoodP99Ms} ms on ${graphName(report.settings.targetRelations)}`;
  const cell = section?.result.cells.find((c) => c.kind === 'neighborhood2' && c.connections === 16);
  if (section === undefined || cell === undefined) {
    return { target, goal, measured: 'no run at this size', verdict: 'not measured', by: '' };
  }
  if (cell.run === null) {
    // Not run because one call alone takes too long: the in-process p50 × 16 is a floor for the p99.
    const floor = section.result.inProcess.kinds.neighborhood2.median.p50 * 16;
    return {
      target,
      goal,
      measured: `${cell.skipped ?? 'not run'}`,
      verdict: 'missed',
      by: `at least ${ratio(floor / TARGETS.neighborhoodP99Ms)} over (estimated)`,
    };
  }
  const p99 = cell.run.latency.p99;
  const failed = cell.run.ok === 0;
  return {
    target,
    goal,
    measured: failed ? 'no request answered' : `${ms(p99)}`,
    verdict: !failed && p99 < TARGETS.neighborhoodP99Ms ? 'met' : 'missed',
    by: !failed && p99 < TARGETS.neighborhoodP99Ms ? '' : `${ratio(p99 / TARGETS.neighborhoodP99Ms)} over`,
  };
}

function overheadTarget(section: GraphqlSection | undefined): TargetVerdict {
  const target = 'HTTP + GraphQL over the in-process call, p50 at 1 client';
  const goal = `< ${TARGETS.overheadRatio}× on every query`;
  if (section === undefined) return { target, goal, measured: 'not run', verdict: 'not measured', by: '' };
  const ratios = section.result.cells
    .filter((c) => c.connections === 1 && c.run !== null && c.run.ok > 0)
    .map((c) => ({
      kind: c.kind,
      ratio: (c.run?.latency.p50 ?? 0) / section.result.inProcess.kinds[c.kind].median.p50,
    }));
  const on = `${goal} on ${graphName(section.relations)}`;
  if (ratios.length === 0)
    return { target, goal: on, measured: 'no cell ran', verdict: 'not measured', by: '' };
  const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const measured = ratios.map((r) => `${r.kind} ${r.ratio.toFixed(2)}×`).join(', ');
  const met = worst.ratio < TARGETS.overheadRatio;
  return {
    target,
    goal: on,
    measured,
    verdict: met ? 'met' : 'missed',
    by: met ? '' : `${worst.kind}: ${worst.ratio.toFixed(2)}× against ${TARGETS.overheadRatio}×`,
  };
}

function importTarget(report: BenchReport): TargetVerdict {
  const target = 'import speed over the bare graphology loop';
  const goal = `≥ ${TARGETS.importRatio} at every size`;
  const rows = report.import.filter((r) => r.ways.bare.relationsPerSecond !== null);
  const results = rows.flatMap((row) => {
    const bare = row.ways.bare.relationsPerSecond ?? 0;
    return (['seed', 'import'] as const).map((way) => {
      const ours = row.ways[way].relationsPerSecond;
      return { label: `${way} ${count(row.relations)}`, ratio: ours === null ? null : ours / bare };
    });
  });
  if (results.length === 0) return { target, goal, measured: 'not run', verdict: 'not measured', by: '' };
  const measured = results
    .map((r) => `${r.label}: ${r.ratio === null ? 'failed' : r.ratio.toFixed(2)}`)
    .join('; ');
  const failed = results.filter((r) => r.ratio === null).map((r) => r.label);
  const timed = results.flatMap((r) => (r.ratio === null ? [] : [{ label: r.label, ratio: r.ratio }]));
  const worst = timed.reduce<{ label: string; ratio: number } | undefined>(
    (a, b) => (a === undefined || b.ratio < a.ratio ? b : a),
    undefined,
  );
  const slow = worst !== undefined && worst.ratio < TARGETS.importRatio;
  const by = [
    ...(slow ? [`${worst.label} reaches ${worst.ratio.toFixed(2)} of the bare speed`] : []),
    ...(failed.length > 0 ? [`${failed.join(', ')} failed`] : []),
  ].join('; ');
  return { target, goal, measured, verdict: by === '' ? 'met' : 'missed', by };
}

function jsTarget(report: BenchReport): TargetVerdict {
  const target = "explorer's first-load JavaScript, gzipped";
  const goal = `< ${TARGETS.firstLoadJsKb} KB`;
  const page = report.page[0];
  if (page === undefined) return { target, goal, measured: 'not run', verdict: 'not measured', by: '' };
  const total = page.result.totalGzipBytes / 1024;
  const initial = page.result.initialGzipBytes / 1024;
  const met = total < TARGETS.firstLoadJsKb;
  return {
    target,
    goal,
    measured: `${total.toFixed(0)} KB until the first graph is drawn (${initial.toFixed(0)} KB named in the HTML)`,
    verdict: met ? 'met' : 'missed',
    by: met ? '' : `${(total - TARGETS.firstLoadJsKb).toFixed(0)} KB over`,
  };
}

export function graphName(relations: number): string {
  const entities = Math.max(2, Math.round(relations / 5));
  return `${count(entities)} entities / ${count(relations)} relations`;
}

export function count(n: number): string {
  if (n >= 1_000_000 && n % 100_000 === 0) return `${n / 1_000_000}M`;
  if (n >= 1_000 && n % 100 === 0) return `${n / 1_000}k`;
  return String(n);
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value >= 100 ? `${Math.round(value).toLocaleString('en-US')} ms` : `${value.toFixed(1)} ms`;
}

export function ratio(value: number): string {
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)}×`;
}
