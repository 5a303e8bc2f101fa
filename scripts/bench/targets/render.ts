import type { HotSpot } from '../harness/profile';
import type { PlanSummary } from '../measure/neo4j-plan';
import { ms } from '../report/targets';
import { curveTables, openTable, overheadTable } from './curves';
import { judgeStore, targetTable } from './issue13';
import type { TargetsReport } from './model';
import { inProcessOf } from './model';

/** The whole Markdown report of `npm run bench:targets`. */
export function renderTargets(report: TargetsReport): string {
  const { machine, settings } = report;
  const lines = [
    `# Issue 13 targets, ${report.startedAt}`,
    '',
    `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, commit ${machine.commit}${machine.uncommittedChanges > 0 ? ` (+${machine.uncommittedChanges} files changed)` : ''}; load average ${machine.loadAtStart.toFixed(1)} at the start; answer cache ${settings.answerCache}; ${settings.seconds} s per cell; curves at ${settings.curveProcesses} process(es), ${settings.processes.join(' and ')} at ${settings.target.toLocaleString('en-US')} relations.`,
    '',
    '## Targets',
    '',
    ...targetTable(report),
    '',
    '## Why a target is missed',
    '',
    ...whyMissed(report),
    '',
    '## Curves (our server over each store; p50 / p99 and answers per second)',
    '',
    ...curveTables(report),
    '## HTTP+GraphQL ÷ in-process (p50, 1 client; the store call alone in brackets)',
    '',
    ...overheadTable(report),
    '',
    '## Opening the graph',
    '',
    ...openTable(report),
    '',
    ...executorSection(report),
    ...(report.notes.length === 0 ? [] : ['## Notes', '', ...report.notes.map((n) => `- ${n}`), '']),
  ];
  return `${lines.join('\n')}\n`;
}

export function hotSpotText(spots: readonly HotSpot[]): string {
  return spots.length === 0
    ? 'no samples'
    : spots.map((s) => `${s.frame} ${s.percent.toFixed(0)}%`).join('; ');
}

export function planText(plan: PlanSummary | undefined): string {
  if (plan === undefined) return 'no single statement (two store calls)';
  const operators = plan.operators.map((o) => `${o.operator} ${o.dbHits.toLocaleString('en-US')}`);
  return `${plan.dbHits.toLocaleString('en-US')} db hits: ${operators.join(', ')}`;
}

/**
 * For every latency target a store misses: where the time goes. The embedded store: a CPU profile of one
 * request executed by graphql-jit (the executor worker, store call included) and of the store call alone.
 * Neo4j: the PROFILE of the adapter's statement (database hits by operator); our server's share is the
 * overhead row's.
 */
function whyMissed(report: TargetsReport): string[] {
  const lines: string[] = [];
  for (const store of report.settings.stores) {
    const inProcess = inProcessOf(report, store, report.settings.target);
    for (const row of judgeStore(report, store)) {
      if (row.judged.met !== false || row.kind === undefined) continue;
      const kind = row.kind;
      const own = inProcess?.kinds[kind];
      const call = own === undefined ? '' : `the store call alone p50 ${ms(own.median.p50)}`;
      if (store === 'embedded') {
        const executed = report.executor?.result[kind];
        lines.push(
          `- embedded, ${kind} (${row.judged.verdict}): ${call}.`,
          ...(executed === undefined
            ? []
            : [`  - one request under graphql-jit: ${hotSpotText(executed.hotSpots)}`]),
          ...(own === undefined ? [] : [`  - the store call: ${hotSpotText(own.hotSpots)}`]),
        );
      } else {
        lines.push(`- Neo4j, ${kind} (${row.judged.verdict}): ${call}; PROFILE: ${planText(own?.plan)}.`);
      }
    }
  }
  return lines.length === 0 ? ['Every target measured was met.'] : lines;
}

function executorSection(report: TargetsReport): string[] {
  if (report.executor === null) return [];
  const { relations, result } = report.executor;
  const lines = [
    `## Executor: graphql-js against graphql-jit (embedded store, ${relations.toLocaleString('en-US')} relations, in-process, p50 of the same requests, same answers checked)`,
    '',
    '| query | graphql-js p50 | graphql-jit p50 | ratio | parse + validate | same answers | answer size |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: |',
  ];
  for (const kind of report.settings.kinds) {
    const k = result[kind];
    lines.push(
      `| ${kind} | ${ms(k.graphqlJs.p50)} | ${ms(k.graphqlJit.p50)} | ${k.speedup.toFixed(2)}× | ${ms(k.parseValidateMs)} | ${k.sameAnswers ? 'yes' : '**no**'} | ${Math.round(k.bytes / 1024)} KB |`,
    );
  }
  return [...lines, ''];
}
