/**
 * npm run bench:fuzz [-- --count 10000 --concurrency 16 --seed 1]
 *   (until the npm script exists: npx next build, then npx tsx scripts/bench/fuzz.ts)
 *
 * Serves a small generated graph with the built app on 127.0.0.1 and sends /api/graphql `--count` seeded
 * random, mutated and malformed requests (see fuzz/fuzz-requests.ts). Passes when no answer is a 5xx, no
 * request goes unanswered, and the server still serves a real query afterwards; exits 1 otherwise. Answers
 * that carry a masked INTERNAL_SERVER_ERROR (an unexpected exception, whatever the status) are counted and
 * listed; with --strict they fail the run too. The summary, and every failing request, go to
 * artifacts/bench/fuzz-latest.json.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSchema } from 'graphql';
import { SEARCH_QUERY } from '../../app/lib/queries';
import type { FuzzRequest } from './fuzz/fuzz-requests';
import { fuzzRequest } from './fuzz/fuzz-requests';
import type { KnownValues } from './fuzz/random-operation';
import { storeFor } from './harness/dataset-store';
import { isHealthy, startNextServer } from './harness/next-server';
import { BENCH_DIR, ROOT } from './harness/paths';
import { prepareDataset, readWorkload } from './synthetic/dataset';
import { ENTITY_KINDS } from './synthetic/entity-kinds';
import { Random } from './synthetic/random';
import { RELATION_KINDS } from './synthetic/relation-kinds';

interface Failure {
  kind: string;
  status: number | string;
  request: string;
  response: string;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      concurrency: { type: 'string', default: '16' },
      seed: { type: 'string', default: '1' },
      relations: { type: 'string', default: '2000' },
      'max-minutes': { type: 'string', default: '15' },
      strict: { type: 'boolean', default: false },
    },
  });
  const total = Number(values.count);
  const deadline = Date.now() + Number(values['max-minutes']) * 60_000;
  const dataset = await prepareDataset({ relations: Number(values.relations), seed: 1 });
  const workload = await readWorkload(dataset);
  const known: KnownValues = {
    ids: workload.entityIds,
    documentIds: Array.from({ length: dataset.documents }, (_, i) => `article-${i + 1}`),
    searchTerms: workload.searchTerms,
    entityTypes: ENTITY_KINDS.map((k) => k.type),
    relationTypes: RELATION_KINDS.map((k) => k.type),
  };
  const schema = buildSchema(await readFile(path.join(ROOT, 'schema', 'schema.graphql'), 'utf8'));
  const random = new Random(Number(values.seed));
  console.log(
    `Fuzz: ${total} requests to /api/graphql, ${values.concurrency} at a time, seed ${values.seed}.`,
  );

  const server = await startNextServer({
    dataDir: await storeFor(dataset),
    logFile: path.join(BENCH_DIR, 'server-fuzz.log'),
  });
  const statuses = new Map<string, number>();
  const byKind = new Map<string, Map<string, number>>();
  const failures: Failure[] = [];
  /** Answers carrying a masked INTERNAL_SERVER_ERROR: an exception nobody expected, whatever the status. */
  const internal: Failure[] = [];
  let sent = 0;
  let finished = 0;
  try {
    const worker = async () => {
      while (sent < total && Date.now() < deadline) {
        sent += 1;
        const request = fuzzRequest(schema, known, random);
        const { status, body } = await send(server.url, request);
        const key = String(status);
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        const kindCounts = byKind.get(request.kind) ?? new Map<string, number>();
        kindCounts.set(key, (kindCounts.get(key) ?? 0) + 1);
        byKind.set(request.kind, kindCounts);
        const failure = {
          kind: request.kind,
          status,
          request: describe(request),
          response: body.slice(0, 500),
        };
        if (typeof status !== 'number' || status >= 500) failures.push(failure);
        else if (body.includes('"INTERNAL_SERVER_ERROR"')) internal.push(failure);
        finished += 1;
        if (finished % 1000 === 0) console.log(`  ${finished} answered, ${failures.length} failures`);
      }
    };
    await Promise.all(Array.from({ length: Number(values.concurrency) }, worker));
    const stillServing =
      (await isHealthy(server.url)) && (await answersRealQuery(server.url, workload.searchTerms[0] ?? 'a'));

    const done = [...statuses.values()].reduce((a, b) => a + b, 0);
    console.log(`  answers by status: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    for (const [kind, counts] of [...byKind].sort((a, b) => a[0].localeCompare(b[0]))) {
      console.log(`    ${kind.padEnd(24)} ${JSON.stringify(Object.fromEntries([...counts].sort()))}`);
    }
    const fiveXx = [...statuses].filter(([s]) => s.startsWith('5')).reduce((sum, [, n]) => sum + n, 0);
    const unanswered = failures.filter((f) => typeof f.status !== 'number').length;
    console.log(
      `  5xx answers: ${fiveXx}; unanswered: ${unanswered}; afterwards: ${stillServing ? 'still serving' : 'NOT SERVING'}`,
    );
    console.log(
      `  answers with a masked INTERNAL_SERVER_ERROR: ${internal.length}${internal.length > 0 ? ` (kinds: ${[...new Set(internal.map((f) => f.kind))].join(', ')})` : ''}`,
    );
    for (const failure of [...failures, ...internal].slice(0, 5)) {
      console.log(`  failure: ${JSON.stringify(failure).slice(0, 400)}`);
    }
    const summary = {
      seed: Number(values.seed),
      requested: total,
      done,
      statuses: Object.fromEntries(statuses),
      fiveXx,
      unanswered,
      internalErrors: internal.length,
      stillServing,
      failures,
      internal,
    };
    await writeFile(path.join(BENCH_DIR, 'fuzz-latest.json'), `${JSON.stringify(summary, null, 2)}\n`);
    const passed =
      done >= total &&
      fiveXx === 0 &&
      unanswered === 0 &&
      stillServing &&
      (!values.strict || internal.length === 0);
    if (done < total)
      console.log(`  only ${done} of ${total} requests were sent within ${values['max-minutes']} min`);
    console.log(passed ? 'PASS' : 'FAIL');
    return passed ? 0 : 1;
  } finally {
    await server.stop();
  }
}

async function send(url: string, request: FuzzRequest): Promise<{ status: number | string; body: string }> {
  try {
    const response = await fetch(`${url}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return {
      status: `no answer (${error instanceof Error ? error.message : String(error)}${cause})`,
      body: '',
    };
  }
}

async function answersRealQuery(url: string, term: string): Promise<boolean> {
  const response = await fetch(`${url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SEARCH_QUERY, variables: { query: term, first: 8 } }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as { data?: { search?: unknown[] } };
  return response.status === 200 && (body.data?.search?.length ?? 0) > 0;
}

function describe(request: FuzzRequest): string {
  return `${request.method} ${request.path.slice(0, 300)} ${JSON.stringify(request.headers)} ${(request.body ?? '').slice(0, 1_000)}`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
