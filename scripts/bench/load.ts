/**
 * npm run bench:load [-- --clients 16,64 --seconds 60 --relations 10000]
 *   (until the npm script exists: npx next build, then npx tsx scripts/bench/load.ts)
 *
 * Serves a generated graph with the built app on 127.0.0.1 and sends it a mix of the explorer's queries
 * from `--clients` concurrent clients (each count in turn) for `--seconds`. Passes when every request was answered 2xx without
 * GraphQL errors, the server's resident memory stayed flat after warming up, and the server still answers
 * afterwards; exits 1 otherwise. Prints a summary either way.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { storeFor } from './harness/dataset-store';
import { hubsOf } from './harness/hubs';
import type { NextServer } from './harness/next-server';
import { isHealthy, startNextServer } from './harness/next-server';
import type { RunWorkload } from './measure/query-kinds';
import { BENCH_DIR } from './harness/paths';
import { mixedRequests } from './load/mixed-requests';
import { judgeMemory, sampleMemory } from './load/memory-sampler';
import { runHttp } from './measure/http-load';
import { ms } from './report/targets';
import { prepareDataset, readWorkload } from './synthetic/dataset';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string', default: '16,64' },
      seconds: { type: 'string', default: '60' },
      relations: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
    },
  });
  const seconds = Number(values.seconds);
  const dataset = await prepareDataset({ relations: Number(values.relations), seed: Number(values.seed) });
  const dataDir = await storeFor(dataset);
  const server = await startNextServer({ dataDir, logFile: path.join(BENCH_DIR, 'server-load.log') });
  try {
    const workload = { ...(await readWorkload(dataset)), hubIds: await hubsOf(server.url) };
    let passedAll = true;
    for (const clients of values.clients.split(',').map(Number)) {
      console.log(
        `Load test: ${clients} clients for ${seconds} s of mixed explorer queries, on ${dataset.entities} entities / ${dataset.relations} relations.`,
      );
      passedAll =
        (await loadOnce(server, workload, dataset.documents, clients, seconds, Number(values.seed))) &&
        passedAll;
    }
    return passedAll ? 0 : 1;
  } finally {
    await server.stop();
  }
}

async function loadOnce(
  server: NextServer,
  workload: RunWorkload,
  documents: number,
  clients: number,
  seconds: number,
  seed: number,
): Promise<boolean> {
  // A short warm-up, so that "before" is the memory of a server that has served, not of a cold one.
  const warmUp = mixedRequests(workload, documents, 99);
  await runHttp({ url: server.url, connections: 4, seconds: 3, body: () => warmUp() });
  const beforeMb = server.rssMb();
  const memory = sampleMemory(() => server.rssMb());
  const next = mixedRequests(workload, documents, seed);
  const run = await runHttp({
    url: server.url,
    connections: clients,
    seconds,
    timeoutSeconds: 30,
    body: () => next(),
  });
  memory.stop();
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const afterMb = server.rssMb();
  const verdict = judgeMemory(beforeMb, memory.samples);
  const stillServing = await isHealthy(server.url);

  const answered = Object.values(run.statusCounts).reduce((a, b) => a + b, 0);
  const notOk = answered - run.ok + run.errors;
  console.log(`  answered        ${answered} requests, ${run.throughput.toFixed(1)}/s`);
  console.log(
    `  latency         p50 ${ms(run.latency.p50)}, p95 ${ms(run.latency.p95)}, p99 ${ms(run.latency.p99)}`,
  );
  console.log(`  statuses        ${JSON.stringify(run.statusCounts)}`);
  console.log(
    `  errors          ${run.errors} (${run.timeouts} timeouts), ${run.graphqlErrors} answers with GraphQL errors`,
  );
  console.log(
    `  server memory   before ${mb(beforeMb)}, warm ${mb(verdict.warmMb)} (median, 2nd quarter), peak ${mb(verdict.peakMb)}, end ${mb(verdict.endMb)} (median, last quarter), 5 s after ${mb(afterMb)} ` +
      `(${(verdict.growth * 100).toFixed(0)}% after warming up: ${verdict.flat ? 'flat' : 'GROWING'})`,
  );
  console.log(`  afterwards      ${stillServing ? 'still serving' : 'NOT SERVING'} (/api/health)`);
  const passed = notOk === 0 && verdict.flat && stillServing;
  console.log(passed ? 'PASS' : 'FAIL');
  return passed;
}

function mb(value: number): string {
  return `${Math.round(value)} MB`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
