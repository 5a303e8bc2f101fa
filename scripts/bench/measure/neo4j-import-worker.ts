/**
 * Worker (run by neo4j-import-bench.ts in its own process): loads one bundle file into Neo4j `--runs`
 * times through the seed path (`npm run seed` with NEO4J_URI set): bundle validation, then the adapter's
 * upsert (one transaction of UNWIND statements). The store is emptied before each run, outside the timing;
 * the last run's graph stays for the GraphQL measurement. The server comes from NEO4J_URI/USER/PASSWORD,
 * and its JVM's pid from NEWSGRAPH_BENCH_NEO4J_PID (for its CPU time).
 *   --file bundle.json --runs 3
 */
import { parseArgs } from 'node:util';
import { loadBundles } from '../../../graph/bundle/load-bundles';
import { resolveStoreConfig } from '../../../graph/config';
import { Neo4jGraphStore } from '../../../graph/neo4j/neo4j-store';
import { processCpuSeconds } from '../harness/bench-neo4j';
import { collectGarbage, reportResult } from '../harness/child';
import type { TimedLoad } from './import-once';

/** A timed load, with the CPU seconds Neo4j's JVM and this process spent in it. */
type Neo4jTimedLoad = TimedLoad & { serverCpuSeconds: number; clientCpuSeconds: number };
export type Neo4jImportOutcome = Neo4jTimedLoad | { error: string };

const { values } = parseArgs({
  options: { file: { type: 'string' }, runs: { type: 'string', default: '1' } },
});
if (values.file === undefined) throw new Error('--file is required');
const file = values.file;
const config = resolveStoreConfig(process.env);
if (config.kind !== 'neo4j') throw new Error('Set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.');
// A big transaction's commit, and a clear of the graph before it, take longer than a query.
const store = await Neo4jGraphStore.connect({ ...config, connectionTimeoutMs: 120_000 });

const outcomes: Neo4jImportOutcome[] = [];
try {
  for (let run = 0; run < Number(values.runs); run++) {
    await store.clear();
    collectGarbage();
    try {
      outcomes.push(await timedSeed());
    } catch (error) {
      outcomes.push({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      break;
    }
    const last = outcomes.at(-1);
    process.stderr.write(
      `  Neo4j run ${run + 1}/${values.runs}: ${last !== undefined && 'seconds' in last ? `${last.seconds.toFixed(2)} s` : 'failed'}\n`,
    );
  }
} finally {
  await store.close();
}
reportResult(outcomes);

async function timedSeed(): Promise<Neo4jTimedLoad> {
  const serverPid = Number(process.env.NEWSGRAPH_BENCH_NEO4J_PID ?? -1);
  const serverCpu = processCpuSeconds(serverPid);
  const clientCpu = process.cpuUsage();
  const marks: [string, number][] = [['read and validate', performance.now()]];
  const batch = await loadBundles([file]);
  marks.push(['upsert (one transaction)', performance.now()]);
  await store.upsert(batch);
  const end = performance.now();
  const serverCpuSeconds = processCpuSeconds(serverPid) - serverCpu;
  const { user, system } = process.cpuUsage(clientCpu);
  const stats = await store.stats();
  if (stats.relationCount !== batch.relations.length) {
    throw new Error(
      `Neo4j holds ${stats.relationCount} relations after importing ${batch.relations.length}.`,
    );
  }
  const steps = Object.fromEntries(
    marks.map(([step, at], i) => [step, ((marks[i + 1]?.[1] ?? end) - at) / 1000]),
  );
  return {
    seconds: (end - (marks[0]?.[1] ?? end)) / 1000,
    relations: stats.relationCount,
    steps,
    serverCpuSeconds,
    clientCpuSeconds: (user + system) / 1e6,
  };
}
