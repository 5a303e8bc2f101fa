/**
 * npm run bench:targets [-- options]   (needs a production build: npx next build, same NEXT_DIST_DIR)
 *
 * Issue 13's measurements on the embedded store, from one run:
 * 1. graphql-js against graphql-jit in-process on every query kind (same answers checked), with the cost
 *    of parsing and validating each document and a CPU profile of the jit execution;
 * 2. our server (server.ts) over each graph with 1 and with N processes: time to open and memory, then
 *    p50/p99 and answers per second of each query kind at each number of clients (the curves);
 * 3. the issue's target table, today's figures (as the issue states them) next to the new ones.
 * Writes artifacts/bench/targets-<date>.{json,md} and prints the Markdown.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ExecutorResult } from './executor/executor-worker';
import { heapFor, runWorker } from './harness/child';
import { hubsOf } from './harness/hubs';
import { describeMachine } from './harness/machine';
import { isHealthy, startNextServer } from './harness/next-server';
import { waitUntilIdle } from './measure/graphql-bench';
import { BENCH_DIR } from './harness/paths';
import { runHttp } from './measure/http-load';
import type { QueryKind } from './measure/query-kinds';
import { graphqlBody, QUERY_KINDS } from './measure/query-kinds';
import { ms } from './report/targets';
import { prepareDataset, readWorkload } from './synthetic/dataset';
import type { ServedRun } from './targets/issue13';
import { curveTable, openTable, targetTable } from './targets/issue13';

const USAGE = `Usage: npm run bench:targets -- [options]

  --sizes 10000,100000,500000,1000000   relation counts (graphs generated and cached under artifacts/bench/data)
  --target 500000                       the graph the target table is stated on
  --clients 1,16,64                     concurrent clients per cell
  --processes 1,2                       server processes (NEWSGRAPH_PROCESSES) measured in turn
  --seconds 5                           seconds per cell
  --kinds search,…                      query kinds (default all: ${QUERY_KINDS.join(',')})
  --answer-cache off                    on: serve with the answer cache (repeats then hit it); off: every request executes
  --executor-reps 40                    requests per kind in the executor comparison; 0 to skip it`;

const STORE_WORKER = path.join(import.meta.dirname, 'harness', 'store-worker.ts');
const EXECUTOR_WORKER = path.join(import.meta.dirname, 'executor', 'executor-worker.ts');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000,500000,1000000' },
      target: { type: 'string', default: '500000' },
      clients: { type: 'string', default: '1,16,64' },
      processes: { type: 'string', default: '1,2' },
      seconds: { type: 'string', default: '5' },
      kinds: { type: 'string', default: QUERY_KINDS.join(',') },
      'answer-cache': { type: 'string', default: 'off' },
      'executor-reps': { type: 'string', default: '40' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const numbers = (list: string) => list.split(',').map(Number);
  const kinds = values.kinds
    .split(',')
    .filter((k): k is QueryKind => (QUERY_KINDS as readonly string[]).includes(k));
  const clients = numbers(values.clients);
  const machine = describeMachine();
  const started = new Date();
  console.log(
    `Issue 13 targets, ${started.toISOString()}, load average ${machine.loadAtStart.toFixed(1)} at the start.`,
  );
  const runs: ServedRun[] = [];
  const executors: { relations: number; result: ExecutorResult }[] = [];
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const report = () =>
    render(runs, executors, kinds, clients, Number(values.target), machine, started, values['answer-cache']);
  for (const relations of numbers(values.sizes)) {
    const dataDir = await runWorker<string>(STORE_WORKER, ['--relations', String(relations)], {
      heapMb: heapFor(relations),
    });
    const dataset = await prepareDataset({ relations });
    const workload = await readWorkload(dataset);
    if (Number(values['executor-reps']) > 0) {
      console.log(`${relations} relations: graphql-js against graphql-jit, in-process`);
      const result = await runWorker<ExecutorResult>(
        EXECUTOR_WORKER,
        ['--data-dir', dataDir, '--workload', dataset.workloadFile, '--reps', values['executor-reps']],
        { heapMb: heapFor(relations) },
      );
      executors.push({ relations, result });
    }
    for (const processes of numbers(values.processes)) {
      const begun = performance.now();
      const server = await startNextServer({
        dataDir,
        logFile: path.join(BENCH_DIR, `server-targets-${relations}-${processes}.log`),
        heapMb: heapFor(relations),
        processes,
        readyTimeoutMs: 600_000,
        env: { NEWSGRAPH_GRAPHQL_ANSWER_CACHE_MB: values['answer-cache'] === 'on' ? '64' : '0' },
      });
      // Each worker reads the snapshot on its first request: ready when every one has answered, i.e. when
      // twice as many health checks in a row as there are workers (handed out in turn) succeed.
      for (let healthy = 0; healthy < 2 * processes;) {
        healthy = (await isHealthy(server.url, 600_000)) ? healthy + 1 : 0;
      }
      const readySeconds = (performance.now() - begun) / 1000;
      const readyRssMb = server.rssMb();
      console.log(
        `${relations} relations, ${processes} process(es): ready in ${readySeconds.toFixed(1)} s, ${Math.round(readyRssMb)} MB`,
      );
      const asked = { ...workload, hubIds: await hubsOf(server.url) };
      const cells: ServedRun['cells'] = [];
      try {
        for (const kind of kinds) {
          for (const connections of clients) {
            const run = await runHttp({
              url: server.url,
              connections,
              seconds: Number(values.seconds),
              timeoutSeconds: 30,
              body: (n) => graphqlBody(kind, asked, n),
            });
            console.log(
              `  ${kind} ×${connections}: p50 ${ms(run.latency.p50)}, p99 ${ms(run.latency.p99)}, ${run.throughput.toFixed(1)} req/s, ${run.errors} errors, ${run.graphqlErrors} with GraphQL errors`,
            );
            cells.push({ kind, clients: connections, run });
            // Requests the clients gave up on are still being answered; the next cell must not pay for them.
            await waitUntilIdle(server, (line) => console.log(line));
          }
        }
      } finally {
        const endRssMb = server.rssMb();
        await server.stop();
        runs.push({
          relations,
          entities: dataset.entities,
          processes,
          readySeconds,
          readyRssMb,
          endRssMb,
          cells,
        });
      }
    }
    // Written after every graph, so a run stopped at a big graph keeps what the smaller ones measured.
    await writeFile(
      path.join(BENCH_DIR, `targets-${stamp}.json`),
      `${JSON.stringify({ machine, runs, executors }, null, 2)}\n`,
    );
    await writeFile(path.join(BENCH_DIR, `targets-${stamp}.md`), report());
  }
  console.log(`\n${report()}`);
  return 0;
}

function render(
  runs: readonly ServedRun[],
  executors: readonly { relations: number; result: ExecutorResult }[],
  kinds: readonly QueryKind[],
  clients: readonly number[],
  target: number,
  machine: ReturnType<typeof describeMachine>,
  started: Date,
  answerCache: string,
): string {
  const lines = [
    `# Issue 13 targets, ${started.toISOString()}`,
    '',
    `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, commit ${machine.commit}${machine.uncommittedChanges > 0 ? ` (+${machine.uncommittedChanges} files changed)` : ''}; load average ${machine.loadAtStart.toFixed(1)} at the start; answer cache ${answerCache}.`,
    '',
    '## Targets',
    '',
    ...targetTable([...runs], target, 16),
    '',
    '## Curves (embedded store, our server)',
    '',
    ...curveTable(runs, kinds, clients),
    '',
    '## Opening the graph',
    '',
    ...openTable(runs),
    '',
    '## Executor: graphql-js against graphql-jit (in-process, p50 of the same requests, same answers checked)',
    '',
    '| relations | query | graphql-js p50 | graphql-jit p50 | ratio | parse + validate | same answers | answer size |',
    '| ---: | --- | ---: | ---: | ---: | ---: | --- | ---: |',
  ];
  for (const { relations, result } of executors) {
    for (const kind of kinds) {
      const k = result[kind];
      lines.push(
        `| ${relations.toLocaleString('en-US')} | ${kind} | ${ms(k.graphqlJs.p50)} | ${ms(k.graphqlJit.p50)} | ${k.speedup.toFixed(2)}× | ${ms(k.parseValidateMs)} | ${k.sameAnswers ? 'yes' : '**no**'} | ${Math.round(k.bytes / 1024)} KB |`,
      );
    }
  }
  lines.push(
    '',
    '## Where a graphql-jit execution spends its time (CPU profile, one request per kind, largest graph)',
    '',
  );
  const last = executors.at(-1);
  for (const kind of kinds) {
    const spots = last?.result[kind].hotSpots ?? [];
    lines.push(`- ${kind}: ${spots.map((s) => `${s.frame} ${s.percent.toFixed(0)}%`).join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
