/**
 * npm run bench:targets [-- options]   (needs a production build: npx next build, same NEXT_DIST_DIR)
 *
 * Issue 13's measurements on both stores, side by side, from one run. For each graph size, smallest first:
 * 1. the embedded store: the store calls in-process (one at a time, in a worker of their own), then our
 *    server (server.ts) over the store, each query kind at each number of clients (the curves); at the
 *    target size also graphql-js against graphql-jit in-process, and the other process counts;
 * 2. Neo4j 5.26 (started once for the run, sized for the largest graph): emptied and the graph imported
 *    (timed), the store calls in-process, then our server over it with NEO4J_URI, the same cells.
 * The report (issue 13's table with a column and a verdict per store, the curves side by side, open time
 * and memory, what the misses spend their time on) is written after every size to
 * artifacts/bench/targets-<date>.{json,md}, so a stopped run keeps what it measured; printed at the end.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ExecutorResult } from './executor/executor-worker';
import type { BenchNeo4j } from './harness/bench-neo4j';
import { neo4jEnv, startBenchNeo4j } from './harness/bench-neo4j';
import { heapFor, runWorker } from './harness/child';
import { describeMachine } from './harness/machine';
import { isHealthy, processRssMb, startNextServer } from './harness/next-server';
import { BENCH_DIR } from './harness/paths';
import type { ServedStore } from './measure/graphql-bench';
import { httpCells, inProcessCalls } from './measure/graphql-bench';
import type { InProcessResult } from './measure/in-process-worker';
import { benchNeo4jImport } from './measure/neo4j-import-bench';
import type { QueryKind } from './measure/query-kinds';
import { QUERY_KINDS } from './measure/query-kinds';
import { count } from './report/targets';
import type { BenchStore } from './report/types';
import type { Dataset } from './synthetic/dataset';
import { prepareDataset, readWorkload } from './synthetic/dataset';
import type { Workload } from './synthetic/workload';
import type { ServedRun, TargetsReport, TargetsSettings } from './targets/model';
import { clientsAt, processesAt, STORE_NAMES } from './targets/model';
import { describePlan, ESTIMATE, importFits, minutes, planRun } from './targets/plan';
import { renderTargets } from './targets/render';

const USAGE = `Usage: npm run bench:targets -- [options]

  --stores embedded,neo4j               the stores measured, side by side
  --sizes 10000,100000,500000,1000000   relation counts (graphs generated and cached under artifacts/bench/data)
  --target 500000                       the graph the target table is stated on
  --clients 1,16,64                     concurrent clients of the curves (every size)
  --curve-processes 1                   server processes (NEWSGRAPH_PROCESSES) of the curves
  --processes 1,2                       process counts compared at the target size (at 1 and --target-clients)
  --target-clients 16                   clients of the target table's latency rows
  --seconds 4                           seconds per cell
  --kinds search,…                      query kinds (default all: ${QUERY_KINDS.join(',')})
  --answer-cache off                    on: serve with the answer cache (repeats then hit it); off: every request executes
  --executor-reps 20                    requests per kind in the executor comparison (target size); 0 to skip it
  --neo4j-import-max-seconds 300        skip a Neo4j size whose import would take longer at the rate measured so far`;

const STORE_WORKER = path.join(import.meta.dirname, 'harness', 'store-worker.ts');
const EXECUTOR_WORKER = path.join(import.meta.dirname, 'executor', 'executor-worker.ts');
const log = (line: string) => console.log(line);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      stores: { type: 'string', default: 'embedded,neo4j' },
      sizes: { type: 'string', default: '10000,100000,500000,1000000' },
      target: { type: 'string', default: '500000' },
      clients: { type: 'string', default: '1,16,64' },
      'curve-processes': { type: 'string', default: '1' },
      processes: { type: 'string', default: '1,2' },
      'target-clients': { type: 'string', default: '16' },
      seconds: { type: 'string', default: '4' },
      kinds: { type: 'string', default: QUERY_KINDS.join(',') },
      'answer-cache': { type: 'string', default: 'off' },
      'executor-reps': { type: 'string', default: '20' },
      'neo4j-import-max-seconds': { type: 'string', default: '300' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const numbers = (list: string) => list.split(',').map(Number);
  const stores = values.stores.split(',').filter((s): s is BenchStore => s === 'embedded' || s === 'neo4j');
  if (stores.length === 0) {
    console.error(`--stores must list embedded and/or neo4j.\n\n${USAGE}`);
    return 2;
  }
  const settings: TargetsSettings = {
    stores,
    sizes: numbers(values.sizes).sort((a, b) => a - b),
    target: Number(values.target),
    kinds: values.kinds
      .split(',')
      .filter((k): k is QueryKind => (QUERY_KINDS as readonly string[]).includes(k)),
    clients: numbers(values.clients),
    curveProcesses: Number(values['curve-processes']),
    processes: numbers(values.processes),
    targetClients: Number(values['target-clients']),
    seconds: Number(values.seconds),
    answerCache: values['answer-cache'] === 'on' ? 'on' : 'off',
  };
  const executorReps = Number(values['executor-reps']);
  const importMaxSeconds = Number(values['neo4j-import-max-seconds']);
  const machine = describeMachine();
  const started = new Date();
  const report: TargetsReport = {
    startedAt: started.toISOString(),
    machine,
    settings,
    neo4j: null,
    neo4jImports: [],
    neo4jRssMb: [],
    inProcess: [],
    runs: [],
    executor: null,
    notes: [],
  };
  const plan = planRun(settings, { executorReps, neo4jImportMaxSeconds: importMaxSeconds });
  const estimate = plan.reduce((sum, step) => sum + step.seconds, 0);
  log(
    `Issue 13 targets on ${stores.map((s) => STORE_NAMES[s]).join(' and ')}, ${report.startedAt}, load average ${machine.loadAtStart.toFixed(1)} at the start.`,
  );
  for (const line of describePlan(plan)) log(line);
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const clock = performance.now();
  const progress = (what: string) => {
    const elapsed = (performance.now() - clock) / 1000;
    log(
      `[${minutes(elapsed)} of about ${minutes(estimate)}, load ${(os.loadavg()[0] ?? 0).toFixed(1)}] ${what}`,
    );
  };

  let neo4j: BenchNeo4j | null = null;
  /** Neo4j's import rate so far, to tell whether the next size fits; null once a size did not. */
  let neo4jRate: number | undefined | null;
  try {
    if (stores.includes('neo4j')) {
      const largest = Math.max(...settings.sizes);
      progress(`starting Neo4j, sized for ${count(largest)} relations`);
      neo4j = await startBenchNeo4j(largest);
      report.neo4j = {
        heapMiB: neo4j.heapMiB,
        pageCacheMiB: neo4j.pageCacheMiB,
        startSeconds: neo4j.startSeconds,
      };
    }
    for (const relations of settings.sizes) {
      const dataDir = stores.includes('embedded')
        ? await runWorker<string>(STORE_WORKER, ['--relations', String(relations)], {
            heapMb: heapFor(relations),
          })
        : path.join(BENCH_DIR, 'scratch', 'neo4j-app');
      const dataset = await prepareDataset({ relations });
      const workload = await readWorkload(dataset);
      const measure = async (store: BenchStore, served: ServedStore) => {
        progress(`${STORE_NAMES[store]}, ${count(relations)} relations: in-process store calls`);
        const inProcess = await inProcessCalls(served, dataset.workloadFile, {
          reps: ESTIMATE.inProcess.reps,
          budgetSeconds: ESTIMATE.inProcess.budgetSeconds,
          heapMb: heapFor(relations),
          log,
        });
        report.inProcess.push({ store, relations, result: inProcess });
        if (store === 'embedded' && relations === settings.target && executorReps > 0) {
          progress(`embedded, ${count(relations)} relations: graphql-js against graphql-jit, in-process`);
          const result = await runWorker<ExecutorResult>(
            EXECUTOR_WORKER,
            ['--data-dir', dataDir, '--workload', dataset.workloadFile, '--reps', String(executorReps)],
            { heapMb: heapFor(relations) },
          );
          report.executor = { relations, result };
        }
        for (const processes of processesAt(settings, relations)) {
          progress(
            `${STORE_NAMES[store]}, ${count(relations)} relations: our server, ${processes} process(es)`,
          );
          report.runs.push(
            await serve({ store, served, dataDir, dataset, workload, processes, inProcess, settings }),
          );
        }
      };
      if (stores.includes('embedded')) {
        await attempt(report, `embedded, ${count(relations)}`, () =>
          measure('embedded', { kind: 'embedded', dataDir }),
        );
      }
      if (neo4j !== null && neo4jRate !== null) {
        if (neo4jRate !== undefined && !importFits(relations, neo4jRate, importMaxSeconds)) {
          report.notes.push(
            `Neo4j was not measured at ${count(relations)} relations and above: at the ${Math.round(neo4jRate).toLocaleString('en-US')} relations/s measured so far the import would take ${minutes(relations / neo4jRate)}, more than --neo4j-import-max-seconds ${importMaxSeconds}.`,
          );
          neo4jRate = null;
        } else {
          const env = neo4jEnv(neo4j.server);
          progress(`Neo4j, ${count(relations)} relations: emptying the store and importing the graph`);
          const row = await benchNeo4jImport(dataset, { runs: 1, heapMb: heapFor(relations), env });
          report.neo4jImports.push(row);
          if (row.seed.relationsPerSecond === null) {
            report.notes.push(
              `Neo4j could not import ${count(relations)} relations: ${row.seed.error ?? ''}`,
            );
            neo4jRate = null;
          } else {
            neo4jRate = row.seed.relationsPerSecond;
            log(
              `  imported in ${row.seed.seconds?.toFixed(1)} s, ${Math.round(neo4jRate).toLocaleString('en-US')} relations/s`,
            );
            await attempt(report, `Neo4j, ${count(relations)}`, () =>
              measure('neo4j', { kind: 'neo4j', env }),
            );
            report.neo4jRssMb.push({ relations, rssMb: processRssMb(neo4j.server.pid) });
          }
        }
      }
      // Written after every graph, so a run stopped at a big graph keeps what the smaller ones measured.
      await writeFile(path.join(BENCH_DIR, `targets-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
      await writeFile(path.join(BENCH_DIR, `targets-${stamp}.md`), renderTargets(report));
      progress(`${count(relations)} relations done; report in artifacts/bench/targets-${stamp}.md`);
    }
  } finally {
    await neo4j?.stop();
  }
  console.log(`\n${renderTargets(report)}`);
  return 0;
}

/** Runs one store's measurement of a size; a failure becomes a note and the run goes on. */
async function attempt(report: TargetsReport, what: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    report.notes.push(`${what} relations stopped: ${message}`);
    log(`  ${what} relations stopped: ${message}`);
  }
}

/** Our server over one store: started, ready in every process, measured cell by cell, stopped. */
async function serve(options: {
  store: BenchStore;
  served: ServedStore;
  dataDir: string;
  dataset: Dataset;
  workload: Workload;
  processes: number;
  inProcess: InProcessResult;
  settings: TargetsSettings;
}): Promise<ServedRun> {
  const { store, served, dataset, processes, settings } = options;
  const begun = performance.now();
  const server = await startNextServer({
    dataDir: options.dataDir,
    neo4j: served.kind === 'neo4j' ? served.env : undefined,
    logFile: path.join(BENCH_DIR, `server-targets-${store}-${dataset.relations}-${processes}.log`),
    // Over Neo4j the server holds no graph; the embedded store's needs room for it.
    heapMb: store === 'neo4j' ? 4096 : heapFor(dataset.relations),
    processes,
    readyTimeoutMs: 600_000,
    env: { NEWSGRAPH_GRAPHQL_ANSWER_CACHE_MB: settings.answerCache === 'on' ? '64' : '0' },
  });
  try {
    // Each worker opens its store on its first request: ready when every one has answered, i.e. when
    // twice as many health checks in a row as there are workers (handed out in turn) succeed.
    for (let healthy = 0; healthy < 2 * processes;) {
      healthy = (await isHealthy(server.url, 600_000)) ? healthy + 1 : 0;
    }
    const readySeconds = (performance.now() - begun) / 1000;
    const readyRssMb = server.rssMb();
    log(`  ready in ${readySeconds.toFixed(1)} s, ${Math.round(readyRssMb)} MB`);
    const cells = await httpCells(server, options.inProcess, options.workload, {
      cellSeconds: settings.seconds,
      skipAboveMs: 10_000,
      timeoutSeconds: 30,
      kinds: settings.kinds,
      clients: clientsAt(settings, processes),
      log,
    });
    return {
      store,
      relations: dataset.relations,
      entities: dataset.entities,
      processes,
      readySeconds,
      readyRssMb,
      endRssMb: server.rssMb(),
      cells,
    };
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
