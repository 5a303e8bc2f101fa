import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedGraphStore } from '../graph/embedded/embedded-store';
import { ROOT } from './browser';
import { freePort, run, startNext } from './server';
import type { RunningServer } from './server';

/**
 * Our server (server.ts) with NEWSGRAPH_PROCESSES=2 over the embedded store: both workers answer, and a
 * write made by another process (here the test's own, through the store's write lock, as an import or the
 * seed would) is seen by every following read, whichever worker answers it and whatever it had cached.
 */

let server: RunningServer;
let dataDir: string;
const ENTITY = 'nayib-bukele';

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'newsgraph-e2e-processes-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEWSGRAPH_DATA_DIR: dataDir,
    NEWSGRAPH_PROCESSES: '2',
    NEWSGRAPH_RATE_LIMIT_GRAPHQL: '0',
  };
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEWSGRAPH_READ_ACCESS']) delete env[name];
  await run('npx', ['tsx', 'scripts/seed.ts', '--reset'], env, ROOT);
  server = await startNext({ cwd: ROOT, port: await freePort(), env, readyStatuses: [200], ours: true });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function description(): Promise<string | null> {
  const response = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query D($id: ID!) { entity(id: $id) { description } }',
      variables: { id: ENTITY },
    }),
  });
  const body = (await response.json()) as { data?: { entity: { description: string | null } | null } };
  return body.data?.entity?.description ?? null;
}

/** The pids of the processes that logged a GraphQL request (pino's `pid`), as the server printed them. */
function answeringPids(): Set<number> {
  const pids = new Set<number>();
  for (const line of server.output().split('\n')) {
    const match = /"pid":(\d+).*"msg":"graphql request"/.exec(line);
    if (match?.[1] !== undefined) pids.add(Number(match[1]));
  }
  return pids;
}

describe('two server processes over the embedded store', () => {
  it('both answer, and every read after a write by another process sees it', async () => {
    const before = await Promise.all(Array.from({ length: 12 }, () => description()));
    expect(new Set(before).size).toBe(1);
    expect(before[0]).not.toBe('written by another process');
    expect(server.output()).toContain('serves with 2 processes');

    const writer = await EmbeddedGraphStore.open(dataDir);
    try {
      const entity = (await writer.readAll()).entities.find((e) => e.id === ENTITY);
      if (entity === undefined) throw new Error(`the seed has no ${ENTITY}`);
      await writer.upsert({
        documents: [],
        entities: [{ ...entity, description: 'written by another process' }],
        relations: [],
      });
    } finally {
      await writer.close();
    }

    const after = await Promise.all(Array.from({ length: 12 }, () => description()));
    expect(after).toEqual(Array.from({ length: 12 }, () => 'written by another process'));
    expect(answeringPids().size).toBe(2);
  });

  it('each worker opens its graph before it takes a request, so none makes its first reader wait', async () => {
    // The second worker may still be starting when the health check (answered by the first) succeeded.
    const deadline = Date.now() + 60_000;
    while (readyPids().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    const output = server.output();
    const ready = readyPids();
    expect(new Set(ready).size).toBe(2);
    for (const pid of ready) {
      const opened = output.search(
        new RegExp(`> Graph opened \\(embedded store\\) in [\\d.]+ s \\(process ${pid}\\)`),
      );
      expect(opened, `process ${pid} opened its graph`).toBeGreaterThanOrEqual(0);
      expect(opened).toBeLessThan(
        output.search(new RegExp(`> newsgraph is ready on \\S+ \\(process ${pid}\\)`)),
      );
    }
  });
});

/** The pids of the workers that printed "newsgraph is ready", in order. */
function readyPids(): number[] {
  return [...server.output().matchAll(/> newsgraph is ready on \S+ \(process (\d+)\)/g)].map((m) =>
    Number(m[1]),
  );
}
