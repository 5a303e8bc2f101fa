import path from 'node:path';
import { runWorker } from '../harness/child';
import type { NextServer } from '../harness/next-server';
import type { Workload } from '../synthetic/workload';
import type { HttpRun } from './http-load';
import { runHttp } from './http-load';
import type { InProcessResult } from './in-process-worker';
import type { QueryKind } from './query-kinds';
import { hubsOf } from '../harness/hubs';
import { graphqlBody, QUERY_KINDS } from './query-kinds';

const WORKER = path.join(import.meta.dirname, 'in-process-worker.ts');

export const CONCURRENCIES = [1, 16, 64] as const;

export interface HttpCell {
  kind: QueryKind;
  connections: number;
  /** The run, or why it was not made. */
  run: HttpRun | null;
  skipped: string | null;
}

/** The store the server serves, for the in-process worker to open as well. */
export type ServedStore =
  { kind: 'embedded'; dataDir: string } | { kind: 'neo4j'; env: Record<string, string> };

export interface GraphqlBenchOptions {
  /** Seconds per cell. */
  cellSeconds: number;
  /** A cell whose requests would each take longer than this (in-process p50 × clients in flight) is not run. */
  skipAboveMs: number;
  inProcessReps: number;
  inProcessBudgetSeconds: number;
  heapMb: number;
  log: (line: string) => void;
}

export interface GraphqlBenchResult {
  inProcess: InProcessResult;
  cells: HttpCell[];
}

/**
 * Measures the benchmark queries on a running server and, for comparison, the same store calls made in a
 * separate process on the same data (`npm run bench`: every kind at 1, 16 and 64 clients).
 */
export async function benchGraphql(
  server: NextServer,
  store: ServedStore,
  workloadFile: string,
  workload: Workload,
  options: GraphqlBenchOptions,
): Promise<GraphqlBenchResult> {
  const inProcess = await inProcessCalls(store, workloadFile, {
    reps: options.inProcessReps,
    budgetSeconds: options.inProcessBudgetSeconds,
    heapMb: options.heapMb,
    log: options.log,
  });
  const cells = await httpCells(server, inProcess, workload, {
    ...options,
    kinds: QUERY_KINDS,
    clients: CONCURRENCIES,
  });
  return { inProcess, cells };
}

/**
 * The store calls behind the query kinds, made one at a time in a process of their own on the store a
 * server serves (or will serve): the in-process side of "HTTP+GraphQL ÷ in-process".
 */
export function inProcessCalls(
  store: ServedStore,
  workloadFile: string,
  options: { reps: number; budgetSeconds: number; heapMb: number; log: (line: string) => void },
): Promise<InProcessResult> {
  options.log('  in-process store calls…');
  return runWorker<InProcessResult>(
    WORKER,
    [
      ...(store.kind === 'embedded' ? ['--data-dir', store.dataDir] : []),
      '--workload',
      workloadFile,
      '--reps',
      String(options.reps),
      '--budget',
      String(options.budgetSeconds),
    ],
    {
      heapMb: options.heapMb,
      env: store.kind === 'neo4j' ? { ...process.env, ...store.env } : undefined,
    },
  );
}

/**
 * The HTTP cells on a running server: each kind at each number of clients. The in-process numbers tell
 * which cells can finish at all. On one Node thread, N requests in flight each wait for the N - 1 others,
 * so a call taking 6 s in-process would keep 64 clients waiting about 6.4 minutes and be cut off by the
 * server's own execution limit; such a cell is reported as not run, with the estimate, rather than run to
 * a pile of timeouts that would also delay every cell after it.
 */
export async function httpCells(
  server: NextServer,
  inProcess: InProcessResult,
  workload: Workload,
  options: Omit<GraphqlBenchOptions, 'inProcessReps' | 'inProcessBudgetSeconds' | 'heapMb'> & {
    kinds: readonly QueryKind[];
    clients: readonly number[];
    /** Seconds a client waits for an answer before counting a timeout (autocannon's default 60). */
    timeoutSeconds?: number;
  },
): Promise<HttpCell[]> {
  const asked = { ...workload, hubIds: await hubsOf(server.url) };
  const cells: HttpCell[] = [];
  for (const kind of options.kinds) {
    const callMs = inProcess.kinds[kind].median.p50;
    for (const connections of options.clients) {
      const expectedMs = callMs * connections;
      if (expectedMs > options.skipAboveMs) {
        const skipped = `not run: about ${(expectedMs / 1000).toFixed(0)} s per request expected (${callMs.toFixed(0)} ms in-process × ${connections} in flight)`;
        options.log(`  ${kind} ×${connections}: ${skipped}`);
        cells.push({ kind, connections, run: null, skipped });
        continue;
      }
      // A slow call still gets a few answers in: the cell runs for at least five calls' time.
      const seconds = Math.min(60, Math.max(options.cellSeconds, Math.ceil((5 * callMs) / 1000)));
      const run = await runHttp({
        url: server.url,
        connections,
        seconds,
        timeoutSeconds: options.timeoutSeconds,
        body: (n) => graphqlBody(kind, asked, n),
      });
      options.log(
        `  ${kind} ×${connections}: ${run.throughput.toFixed(1)} req/s, p50 ${run.latency.p50.toFixed(1)} ms, p99 ${run.latency.p99.toFixed(1)} ms, ${run.errors} errors, ${run.graphqlErrors} with GraphQL errors, non-2xx ${JSON.stringify(nonOk(run))}`,
      );
      cells.push({ kind, connections, run, skipped: null });
      await waitUntilIdle(server, options.log);
    }
  }
  return cells;
}

function nonOk(run: HttpRun): Record<string, number> {
  return Object.fromEntries(Object.entries(run.statusCounts).filter(([status]) => !status.startsWith('2')));
}

/**
 * Requests a client gave up on are still being computed by the server; the next cell must not pay for
 * them, in our server or in Neo4j. Waits until one index seek through the whole path answers quickly
 * again (an entity by an id no entity has; the `stats` query used first takes over 500 ms on Neo4j at 1M
 * relations by itself, so every cell waited the whole five minutes).
 */
async function waitUntilIdle(server: NextServer, log: (line: string) => void): Promise<void> {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const started = performance.now();
    try {
      const response = await fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ entity(id: "bench-idle-probe") { id } }' }),
        signal: AbortSignal.timeout(60_000),
      });
      await response.arrayBuffer();
      if (performance.now() - started < 500) return;
    } catch {
      // Still busy; ask again.
    }
  }
  log('  warning: the server was still busy five minutes after the cell; the next numbers may suffer.');
}
