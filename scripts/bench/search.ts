/**
 * npx tsx scripts/bench/search.ts [-- options]
 *
 * The two searches on a generated graph (default: the 500k-relation / 100k-entity target graph), for the
 * embedded store and Neo4j: what the indexes cost to build and hold, each search's store call one at a
 * time (p50/p99), and each over HTTP+GraphQL at `--clients` clients (`next start`, autocannon, the
 * explorer's own query strings). `npm run bench` measures entity search among its query kinds; this adds
 * the sentence search and the index figures, in a few minutes instead of half an hour. Needs a production
 * build (`npx next build`, same NEXT_DIST_DIR). Writes artifacts/bench/search-<date>.json.
 *
 *   --relations 500000   the generated graph (entities are a fifth of it)
 *   --store both         embedded, neo4j or both
 *   --seconds 10         seconds per HTTP cell
 *   --clients 16         concurrent clients per HTTP cell
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SEARCH_QUERY, SENTENCES_QUERY } from '../../app/lib/queries';
import { loadBundles } from '../../graph/bundle/load-bundles';
import { seedStore } from '../../graph/bundle/seed';
import { resolveStoreConfig } from '../../graph/config';
import { EmbeddedGraphStore, SNAPSHOT_FILE } from '../../graph/embedded/embedded-store';
import { EntityNameIndex } from '../../graph/embedded/search-index';
import { SentenceIndex } from '../../graph/embedded/search-sentences';
import { readSnapshot } from '../../graph/embedded/snapshot';
import { Neo4jGraphStore } from '../../graph/neo4j/neo4j-store';
import type { GraphStore } from '../../graph/store';
import { neo4jEnv, startBenchNeo4j } from './harness/bench-neo4j';
import { collectGarbage } from './harness/child';
import { storeFor } from './harness/dataset-store';
import { assertBuilt, startNextServer } from './harness/next-server';
import { BENCH_DIR } from './harness/paths';
import { summarize } from './harness/stats';
import type { LatencySummary } from './harness/stats';
import { runHttp } from './measure/http-load';
import type { HttpRun } from './measure/http-load';
import { prepareDataset, readWorkload } from './synthetic/dataset';

const { values } = parseArgs({
  options: {
    relations: { type: 'string', default: '500000' },
    store: { type: 'string', default: 'both' },
    seconds: { type: 'string', default: '10' },
    clients: { type: 'string', default: '16' },
  },
});
const relations = Number(values.relations);
const seconds = Number(values.seconds);
const clients = Number(values.clients);
const SUGGESTIONS = 8;

const heapMb = () => process.memoryUsage().heapUsed / 2 ** 20;
const log = (line: string) => console.log(`[search bench] ${line}`);

/** Each call once in turn, `rounds` times over the terms: latencies in ms. */
async function timeCalls(terms: readonly string[], call: (term: string) => Promise<unknown>, rounds = 2) {
  const ms: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const term of terms) {
      const started = performance.now();
      await call(term);
      ms.push(performance.now() - started);
    }
  }
  return summarize(ms);
}

interface StoreFigures {
  store: string;
  inProcess: { search: LatencySummary; sentences: LatencySummary; firstSentenceSearchMs: number };
  http: { search: HttpRun; sentences: HttpRun; serverReadyMs: number; serverRssMb: number };
}

async function measureStore(
  name: string,
  store: GraphStore,
  terms: readonly string[],
  words: readonly string[],
  server: { dataDir: string; neo4j?: Record<string, string> },
): Promise<StoreFigures> {
  const firstStarted = performance.now();
  await store.searchSentences(words[0] ?? 'said');
  const firstSentenceSearchMs = performance.now() - firstStarted;
  const search = await timeCalls(terms, (t) => store.search(t, { limit: SUGGESTIONS }));
  const sentences = await timeCalls(words, (w) => store.searchSentences(w, { limit: SUGGESTIONS }));
  log(
    `${name} in process: search p50 ${search.p50.toFixed(2)} ms p99 ${search.p99.toFixed(2)} ms; sentences p50 ${sentences.p50.toFixed(2)} ms p99 ${sentences.p99.toFixed(2)} ms`,
  );

  const started = performance.now();
  const next = await startNextServer({
    ...server,
    logFile: path.join(BENCH_DIR, `search-${name}-server.log`),
    heapMb: 4096,
    readyTimeoutMs: 300_000,
  });
  const serverReadyMs = performance.now() - started;
  try {
    const serverRssMb = next.rssMb();
    const body = (query: string, list: readonly string[]) => (n: number) =>
      JSON.stringify({ query, variables: { query: list[n % list.length], first: SUGGESTIONS } });
    // One sentence search first, so the embedded server builds its sentence index outside the timing.
    await fetch(`${next.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(SENTENCES_QUERY, words)(0),
    });
    const httpSearch = await runHttp({
      url: next.url,
      connections: clients,
      seconds,
      body: body(SEARCH_QUERY, terms),
    });
    const httpSentences = await runHttp({
      url: next.url,
      connections: clients,
      seconds,
      body: body(SENTENCES_QUERY, words),
    });
    log(
      `${name} HTTP at ${clients} clients: search p50 ${httpSearch.latency.p50.toFixed(1)} ms p99 ${httpSearch.latency.p99.toFixed(1)} ms (${httpSearch.ok} ok, ${httpSearch.errors} errors); sentences p50 ${httpSentences.latency.p50.toFixed(1)} ms p99 ${httpSentences.latency.p99.toFixed(1)} ms (${httpSentences.ok} ok, ${httpSentences.errors} errors); server ready in ${(serverReadyMs / 1000).toFixed(1)} s at ${serverRssMb.toFixed(0)} MB`,
    );
    return {
      store: name,
      inProcess: { search, sentences, firstSentenceSearchMs },
      http: { search: httpSearch, sentences: httpSentences, serverReadyMs, serverRssMb: next.rssMb() },
    };
  } finally {
    await next.stop();
  }
}

async function main(): Promise<void> {
  const dataset = await prepareDataset({ relations });
  const workload = await readWorkload(dataset);
  const terms = workload.searchTerms;
  // Sentence searches: a word of each searched name (names are what articles are searched for most).
  const words = terms.map((t) => t.split(/\s+/).find((w) => w.length >= 4) ?? t);
  const dataDir = await storeFor(dataset);
  log(`graph: ${dataset.entities} entities, ${dataset.relations} relations, ${dataset.documents} documents`);

  // What each embedded index costs on its own, from the snapshot as the store reads it.
  collectGarbage();
  const { state } = await readSnapshot(path.join(dataDir, SNAPSHOT_FILE));
  collectGarbage();
  let before = heapMb();
  let started = performance.now();
  const names = new EntityNameIndex();
  names.sync(state.graph);
  const nameIndexMs = performance.now() - started;
  collectGarbage();
  const nameIndexMb = heapMb() - before;
  before = heapMb();
  started = performance.now();
  const sentenceIndex = new SentenceIndex();
  sentenceIndex.sync(state.documents);
  const sentenceIndexMs = performance.now() - started;
  collectGarbage();
  const sentenceIndexMb = heapMb() - before;
  log(
    `name index: ${nameIndexMs.toFixed(0)} ms, ${nameIndexMb.toFixed(0)} MB; sentence index: ${sentenceIndexMs.toFixed(0)} ms, ${sentenceIndexMb.toFixed(0)} MB`,
  );

  assertBuilt();
  const results: StoreFigures[] = [];
  if (values.store !== 'neo4j') {
    const store = await EmbeddedGraphStore.open(dataDir);
    try {
      results.push(await measureStore('embedded', store, terms, words, { dataDir }));
    } finally {
      await store.close();
    }
  }
  if (values.store !== 'embedded') {
    const neo4j = await startBenchNeo4j(relations);
    try {
      const env = neo4jEnv(neo4j.server);
      const config = resolveStoreConfig(env);
      if (config.kind !== 'neo4j') throw new Error('no Neo4j configuration');
      const store = await Neo4jGraphStore.connect({ ...config, connectionTimeoutMs: 600_000 });
      try {
        const importStarted = performance.now();
        await seedStore(store, await loadBundles([dataset.bundleFile]), { reset: true });
        log(`Neo4j import: ${((performance.now() - importStarted) / 1000).toFixed(0)} s`);
        results.push(await measureStore('neo4j', store, terms, words, { dataDir, neo4j: env }));
      } finally {
        await store.close();
      }
    } finally {
      await neo4j.stop();
    }
  }

  const report = {
    date: new Date().toISOString(),
    graph: { entities: dataset.entities, relations: dataset.relations, documents: dataset.documents },
    embeddedIndexes: { nameIndexMs, nameIndexMb, sentenceIndexMs, sentenceIndexMb },
    clients,
    seconds,
    results,
  };
  await mkdir(BENCH_DIR, { recursive: true });
  const file = path.join(BENCH_DIR, `search-${report.date.slice(0, 10)}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`written ${file}`);
}

await main();
