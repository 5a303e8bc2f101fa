import path from 'node:path';
import type { Neo4jSetup } from '../harness/bench-neo4j';
import { neo4jEnv, startBenchNeo4j } from '../harness/bench-neo4j';
import { heapFor } from '../harness/child';
import type { NextServer } from '../harness/next-server';
import { startNextServer } from '../harness/next-server';
import { BENCH_DIR } from '../harness/paths';
import { count, graphName } from '../report/targets';
import type { GraphqlSection } from '../report/types';
import type { Dataset } from '../synthetic/dataset';
import type { Neo4jImportRow } from './neo4j-import-bench';
import { benchNeo4jImport } from './neo4j-import-bench';

export interface Neo4jPhase {
  setup: Neo4jSetup | null;
  importRows: Neo4jImportRow[];
  graphql: GraphqlSection[];
}

export interface Neo4jPhaseOptions {
  /** Every size this phase loads, smallest first. */
  sizes: readonly number[];
  /** Sizes whose import is measured (and reported). */
  importSizes: readonly number[];
  /** Sizes served over HTTP after their import. */
  served: ReadonlySet<number>;
  datasets: ReadonlyMap<number, Dataset>;
  notes: string[];
  log: (line: string) => void;
  graphqlAt: (
    server: NextServer,
    dataset: Dataset,
    env: Record<string, string>,
    readySeconds: number,
  ) => Promise<GraphqlSection>;
}

/**
 * The Neo4j half of `npm run bench`: one Neo4j, sized for the largest graph, started for the phase and
 * stopped (its folder removed) at the end, whatever happens. Each size in turn, smallest first: the graph
 * is imported through the adapter (timed when the size is an import size, so a served graph is never loaded
 * twice), then served by `next start` with NEO4J_URI, measured like the embedded store.
 */
export async function measureNeo4j(options: Neo4jPhaseOptions): Promise<Neo4jPhase> {
  const { log } = options;
  const largest = Math.max(...options.sizes);
  if (!Number.isFinite(largest)) return { setup: null, importRows: [], graphql: [] };
  log(`Starting Neo4j (sized for ${count(largest)} relations)…`);
  const neo4j = await startBenchNeo4j(largest);
  const setup: Neo4jSetup = {
    heapMiB: neo4j.heapMiB,
    pageCacheMiB: neo4j.pageCacheMiB,
    startSeconds: neo4j.startSeconds,
  };
  log(
    `  Neo4j ready in ${setup.startSeconds.toFixed(1)} s: heap ${setup.heapMiB} MiB, page cache ${setup.pageCacheMiB} MiB.`,
  );
  const env = neo4jEnv(neo4j.server);
  const importRows: Neo4jImportRow[] = [];
  const graphql: GraphqlSection[] = [];
  try {
    for (const size of options.sizes) {
      const dataset = options.datasets.get(size);
      if (dataset === undefined) continue;
      const timed = options.importSizes.includes(size);
      log(`Neo4j: import, ${count(size)} relations${timed ? '' : ' (to serve it; not timed)'}…`);
      const row = await benchNeo4jImport(dataset, {
        runs: timed ? (size <= 10_000 ? 3 : 1) : 1,
        heapMb: heapFor(size),
        env,
      });
      if (timed) importRows.push(row);
      if (row.seed.error !== null) {
        options.notes.push(`Neo4j could not import ${count(size)} relations: ${row.seed.error}`);
        continue;
      }
      if (!options.served.has(size)) continue;
      log(`Neo4j: serving ${graphName(size)}…`);
      const started = performance.now();
      const server = await startNextServer({
        dataDir: path.join(BENCH_DIR, 'scratch', 'neo4j-app'),
        neo4j: env,
        logFile: path.join(BENCH_DIR, `server-neo4j-${size}.log`),
        heapMb: 4096,
        readyTimeoutMs: 600_000,
      });
      const readySeconds = (performance.now() - started) / 1000;
      try {
        graphql.push(await options.graphqlAt(server, dataset, env, readySeconds));
      } finally {
        await server.stop();
      }
    }
  } finally {
    await neo4j.stop();
  }
  return { setup, importRows, graphql };
}
