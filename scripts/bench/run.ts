/**
 * npm run bench [-- options]   (until the npm script exists: npx tsx scripts/bench/run.ts)
 *
 * Builds the app, generates the benchmark graphs (seeded, cached under artifacts/bench/data/), and measures,
 * on the embedded store and on a Neo4j 5.26 the run starts itself (`--store`, both by default):
 * 1. import throughput: into the embedded store, against a bare graphology loop; into Neo4j, through the
 *    adapter's upsert (UNWIND statements in one transaction);
 * 2. GraphQL latency and throughput over HTTP (autocannon, loopback) at 1, 16 and 64 clients, against the
 *    same store calls made in-process; both stores side by side, with the ratios Neo4j ÷ embedded;
 * 3. the explorer page: time to the first drawn graph, and the JavaScript it loads (embedded store).
 * Writes artifacts/bench/report-<date>.{json,md} and latest.{json,md}, and prints the Markdown.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp, waitForQuietBuilds } from './harness/build';
import { heapFor, runWorker } from './harness/child';
import { describeMachine } from './harness/machine';
import type { NextServer } from './harness/next-server';
import { assertBuilt, startNextServer } from './harness/next-server';
import { BENCH_DIR } from './harness/paths';
import type { ServedStore } from './measure/graphql-bench';
import { benchGraphql } from './measure/graphql-bench';
import type { Neo4jPhase } from './measure/neo4j-phase';
import { measureNeo4j } from './measure/neo4j-phase';
import type { ImportRow } from './measure/import-bench';
import { benchImport } from './measure/import-bench';
import { benchPage } from './measure/page-bench';
import { pageOnSeedData } from './measure/page-on-seed-data';
import { renderMarkdown } from './report/render';
import { count, graphName } from './report/targets';
import type { BenchReport, BenchStore, GraphqlSection, PageSection } from './report/types';
import { writeReport } from './report/write-report';
import type { Dataset } from './synthetic/dataset';
import { prepareDataset, readWorkload } from './synthetic/dataset';

const USAGE = `Usage: npm run bench -- [options]

  --sizes 1000,10000,100000,500000   relation counts for the import measurement (both stores)
  --target 500000                    the graph the GraphQL targets are stated on (100k entities)
  --fits 10000                       a smaller graph where every GraphQL cell can run; 0 to skip
  --seconds 10                       seconds per GraphQL cell
  --page-runs 5                      visits of the explorer per graph
  --store both                       embedded, neo4j or both: the stores measured
  --seed 1                           the generator's seed
  --no-build                         use the existing .next build
  --only import,graphql,page         run only these parts`;

const log = (line: string) => console.log(line);
const STORE_WORKER = path.join(import.meta.dirname, 'harness', 'store-worker.ts');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,100000,500000' },
      target: { type: 'string', default: '500000' },
      fits: { type: 'string', default: '10000' },
      seconds: { type: 'string', default: '10' },
      'page-runs': { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
      store: { type: 'string', default: 'both' },
      'no-build': { type: 'boolean', default: false },
      only: { type: 'string', default: 'import,graphql,page' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const parts = new Set(values.only.split(','));
  const stores = parseStores(values.store);
  if (stores === null) {
    console.error(`--store must be embedded, neo4j or both, not "${values.store}".\n\n${USAGE}`);
    return 2;
  }
  const measureEmbedded = stores.includes('embedded');
  const seed = Number(values.seed);
  const target = Number(values.target);
  const fits = Number(values.fits) > 0 ? Number(values.fits) : null;
  const importSizes = values.sizes.split(',').map(Number);
  // The GraphQL graphs are made by the import measurement's seed path, so it always includes their sizes.
  const sizes = [...new Set([...importSizes, target, ...(fits === null ? [] : [fits])])].sort(
    (a, b) => a - b,
  );
  const startedAt = new Date().toISOString();
  const machine = describeMachine();
  const notes: string[] = [];
  log(
    `Benchmarks on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}, commit ${machine.commit}.`,
  );
  if (machine.loadAtStart > 1) {
    notes.push(
      `The machine was busy when the run started (load average ${machine.loadAtStart.toFixed(2)}): numbers may be pessimistic.`,
    );
  }

  if (parts.has('graphql') || parts.has('page')) {
    await waitForQuietBuilds(log);
    if (!values['no-build']) {
      log('Building the app (next build)…');
      await buildApp(path.join(BENCH_DIR, 'build.log'));
    }
    assertBuilt();
  }

  const served = new Set([target, ...(fits === null ? [] : [fits])]);
  const needed = sizes.filter(
    (size) =>
      (parts.has('import') && importSizes.includes(size)) ||
      (served.has(size) && (parts.has('graphql') || parts.has('page'))),
  );
  const datasets = new Map<number, Dataset>();
  for (const size of needed) {
    log(`Graph of ${count(size)} relations…`);
    datasets.set(size, await prepareDataset({ relations: size, seed }));
  }

  // One size's seed path is profiled, for the report's "why": the largest that loads in a few seconds.
  const profiledSize = importSizes.filter((s) => s <= 100_000).at(-1);
  const importRows: ImportRow[] = [];
  const storeDirs = new Map<number, string>();
  for (const size of needed) {
    const dataset = datasets.get(size);
    if (dataset === undefined) continue;
    if (!measureEmbedded) continue;
    if (parts.has('import') && importSizes.includes(size)) {
      log(`Import, ${count(size)} relations…`);
      const storeDir = path.join(dataset.dir, 'store');
      const row = await benchImport(dataset, {
        runs: size <= 10_000 ? 5 : size <= 100_000 ? 3 : 1,
        // The seed path's last load of a graph that will be served is kept, so it is not loaded twice.
        keepStoreIn: served.has(size) ? storeDir : undefined,
        heapMb: heapFor(size),
        profile: size === profiledSize,
      });
      importRows.push(row);
      if (served.has(size) && row.ways.seed.error === null) storeDirs.set(size, storeDir);
    }
    if (served.has(size) && !storeDirs.has(size) && (parts.has('graphql') || parts.has('page'))) {
      try {
        const dir = await runWorker<string>(
          STORE_WORKER,
          ['--relations', String(size), '--seed', String(seed)],
          {
            heapMb: heapFor(size),
          },
        );
        storeDirs.set(size, dir);
      } catch (error) {
        log(`  cannot load ${count(size)} relations into the embedded store: ${String(error)}`);
      }
    }
  }
  await rm(path.join(BENCH_DIR, 'scratch'), { recursive: true, force: true });

  const graphql: GraphqlSection[] = [];
  const pages: PageSection[] = [];
  if (parts.has('page') && measureEmbedded) {
    log('The explorer on the seed data…');
    pages.push(await pageOnSeedData(Number(values['page-runs'])));
  }
  for (const size of [target, fits]) {
    if (size === null || !measureEmbedded) continue;
    if (!parts.has('graphql') && !(parts.has('page') && size === target)) continue;
    const dataDir = storeDirs.get(size);
    const dataset = datasets.get(size);
    if (dataDir === undefined || dataset === undefined) {
      notes.push(
        `No store of ${count(size)} relations could be built (see the import table), so nothing was served at that size.`,
      );
      continue;
    }
    log(`Serving ${graphName(size)}…`);
    const started = performance.now();
    const server = await startNextServer({
      dataDir,
      logFile: path.join(BENCH_DIR, `server-${size}.log`),
      heapMb: heapFor(size),
      readyTimeoutMs: 600_000,
    });
    const readySeconds = (performance.now() - started) / 1000;
    try {
      if (parts.has('graphql')) {
        graphql.push(
          await graphqlAt(
            server,
            dataset,
            { kind: 'embedded', dataDir },
            readySeconds,
            Number(values.seconds),
          ),
        );
      }
      if (parts.has('page') && size === target) {
        log(`The explorer on ${graphName(size)}…`);
        pages.push({
          graph: graphName(size),
          result: await benchPage(server.url, Number(values['page-runs'])),
        });
      }
    } finally {
      await server.stop();
    }
  }
  let neo4jPhase: Neo4jPhase = { setup: null, importRows: [], graphql: [] };
  if (stores.includes('neo4j') && (parts.has('import') || parts.has('graphql'))) {
    neo4jPhase = await measureNeo4j({
      sizes: needed.filter(
        (size) =>
          (parts.has('import') && importSizes.includes(size)) || (parts.has('graphql') && served.has(size)),
      ),
      importSizes: parts.has('import') ? importSizes : [],
      served: parts.has('graphql') ? served : new Set(),
      datasets,
      notes,
      log,
      graphqlAt: (server, dataset, env, readySeconds) =>
        graphqlAt(server, dataset, { kind: 'neo4j', env }, readySeconds, Number(values.seconds)),
    });
    graphql.push(...neo4jPhase.graphql);
  }
  const skippedCells = graphql.flatMap((g) => g.result.cells.filter((c) => c.run === null));
  if (skippedCells.length > 0) {
    notes.push(
      `${skippedCells.length} GraphQL cells were not run because one request alone would take longer than the server's 10 s execution limit; their rows say how long.`,
    );
  }

  const report: BenchReport = {
    formatVersion: 2,
    startedAt,
    finishedAt: new Date().toISOString(),
    machine,
    settings: {
      stores,
      importSizes,
      targetRelations: target,
      fitsRelations: fits,
      cellSeconds: Number(values.seconds),
      seed,
    },
    import: importRows,
    neo4j: neo4jPhase.setup,
    neo4jImport: neo4jPhase.importRows,
    graphql,
    page: pages,
    notes,
  };
  const file = await writeReport(report);
  log('');
  log(renderMarkdown(report));
  log(`Report: ${path.relative(process.cwd(), file)} (and latest.md / latest.json next to it)`);
  return 0;
}

function parseStores(value: string): BenchStore[] | null {
  if (value === 'both') return ['embedded', 'neo4j'];
  return value === 'embedded' || value === 'neo4j' ? [value] : null;
}

async function graphqlAt(
  server: NextServer,
  dataset: Dataset,
  store: ServedStore,
  readySeconds: number,
  cellSeconds: number,
): Promise<GraphqlSection> {
  const result = await benchGraphql(server, store, dataset.workloadFile, await readWorkload(dataset), {
    cellSeconds,
    skipAboveMs: 10_000,
    inProcessReps: 3,
    inProcessBudgetSeconds: 5,
    heapMb: heapFor(dataset.relations),
    log,
  });
  return {
    store: store.kind,
    relations: dataset.relations,
    entities: dataset.entities,
    serverReadySeconds: readySeconds,
    serverRssMb: server.rssMb(),
    result,
  };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
