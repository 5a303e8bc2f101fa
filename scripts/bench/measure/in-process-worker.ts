/**
 * Worker (run by graphql-bench.ts in its own process): opens the store the server serves and makes the same
 * store calls the GraphQL requests lead to, one at a time, timing each; then looks at one call of each
 * kind: a CPU profile of this process for the embedded store, Neo4j's PROFILE of the statement for Neo4j
 * (where this process only waits). Reports per kind the latency of each repetition and where a call
 * spends its time.
 *   --data-dir dir --workload workload.json [--reps 3] [--budget 5]     the embedded store in dir
 *   --workload workload.json [--reps 3] [--budget 5]                    Neo4j, from NEO4J_URI/USER/PASSWORD
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { resolveStoreConfig } from '../../../graph/config';
import { createStore } from '../../../graph/create-store';
import type { GraphStore } from '../../../graph/store';
import { collectGarbage, reportResult } from '../harness/child';
import type { HotSpot } from '../harness/profile';
import { hotSpots } from '../harness/profile';
import type { LatencySummary } from '../harness/stats';
import { median, summarize } from '../harness/stats';
import type { Workload } from '../synthetic/workload';
import type { RunWorkload } from './query-kinds';
import type { PlanSummary } from './neo4j-plan';
import { profileQuery } from './neo4j-plan';
import type { QueryKind } from './query-kinds';
import { QUERY_KINDS, storeCall, withHubs } from './query-kinds';

export interface InProcessKind {
  reps: LatencySummary[];
  /** Each statistic's median over the repetitions. */
  median: LatencySummary;
  /** Embedded store: where this process spent one call (CPU profile). */
  hotSpots: HotSpot[];
  /** Neo4j: the server's PROFILE of one call's statement. */
  plan?: PlanSummary | undefined;
}

export interface InProcessResult {
  loadSeconds: number;
  rssMb: number;
  kinds: Record<QueryKind, InProcessKind>;
}

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    workload: { type: 'string' },
    reps: { type: 'string', default: '3' },
    budget: { type: 'string', default: '5' },
  },
});
const dataDir = values['data-dir'];
if (values.workload === undefined) throw new Error('--workload is required');
const stored = JSON.parse(await readFile(values.workload, 'utf8')) as Workload;
const reps = Number(values.reps);
const budgetMs = Number(values.budget) * 1000;

const opened = performance.now();
const config =
  dataDir === undefined ? resolveStoreConfig(process.env) : { kind: 'embedded' as const, dataDir };
if (config.kind === 'neo4j') config.connectionTimeoutMs = 30_000; // a 500k import's page cache warms up
const store: GraphStore = await createStore(config);
await store.stats(); // the snapshot is read on first use
const loadSeconds = (performance.now() - opened) / 1000;
const workload: RunWorkload = await withHubs(store, stored);

/** Calls in order until the budget is spent or the workload is used up; at least one. */
async function timeCalls(kind: QueryKind, budget: number): Promise<number[]> {
  const ms: number[] = [];
  const started = performance.now();
  for (let i = 0; i < workload.entityIds.length; i++) {
    const t = performance.now();
    await storeCall(store, kind, workload, i);
    ms.push(performance.now() - t);
    if (performance.now() - started > budget) break;
  }
  return ms;
}

const kinds = {} as Record<QueryKind, InProcessKind>;
for (const kind of QUERY_KINDS) {
  await timeCalls(kind, Math.min(1_000, budgetMs / 5)); // warm-up: JIT and caches, not counted
  const runs: LatencySummary[] = [];
  for (let rep = 0; rep < reps; rep++) {
    collectGarbage();
    runs.push(summarize(await timeCalls(kind, budgetMs)));
    process.stderr.write(
      `  in-process ${kind} rep ${rep + 1}/${reps}: p50 ${runs.at(-1)?.p50.toFixed(2)} ms\n`,
    );
  }
  const stat = (key: keyof LatencySummary) => median(runs.map((r) => r[key]));
  kinds[kind] = {
    reps: runs,
    median: {
      p50: stat('p50'),
      p95: stat('p95'),
      p99: stat('p99'),
      mean: stat('mean'),
      samples: stat('samples'),
    },
    ...(config.kind === 'neo4j'
      ? { hotSpots: [], plan: await neo4jPlan(kind) }
      : { hotSpots: await hotSpots(() => storeCall(store, kind, workload, 0)) }),
  };
}
const rssMb = process.memoryUsage().rss / 1024 / 1024;
await store.close();
reportResult({ loadSeconds, rssMb, kinds } satisfies InProcessResult);

/** PROFILE of the first question of a kind, on a driver of its own (the store's is private). */
async function neo4jPlan(kind: QueryKind): Promise<PlanSummary | undefined> {
  if (config.kind !== 'neo4j') throw new Error('neo4jPlan needs the Neo4j store.');
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  try {
    return await profileQuery(driver, kind, workload, 0);
  } finally {
    await driver.close();
  }
}
