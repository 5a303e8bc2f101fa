import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { RunningNeo4j } from '../../neo4j/server';
import { freePort, startNeo4j } from '../../neo4j/server';
import { BENCH_DIR } from './paths';

/** How the benchmark's Neo4j was sized and started, for the report. */
export interface Neo4jSetup {
  heapMiB: number;
  pageCacheMiB: number;
  /** Seconds from starting the JVM to Bolt answering with the password. */
  startSeconds: number;
}

export interface BenchNeo4j extends Neo4jSetup {
  server: RunningNeo4j;
  /** Where the server keeps its data and logs (removed by `stop`, unless the run asked to keep it). */
  home: string;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

/**
 * Memory for a Neo4j holding a generated graph of `relations` relations, on our 24 GB machines. An upsert
 * is one transaction (all or nothing), so the whole import's transaction state lives on the heap until it
 * commits (Neo4j lets a transaction take 70% of the heap): a 100k import went through in a 2 GB heap, so
 * 12 KB per relation leaves room, 5.75 GB for 500k (within 1–8 GB). The page cache holds the whole store,
 * about 2 KB per relation on disk (within 512 MB–3 GB), so that reads measure Neo4j and not the disk.
 * 500k relations: 5.75 GB + 1 GB, with the app and the embedded store's 1.5 GB beside it.
 */
export function neo4jMemoryFor(relations: number): { heapMiB: number; pageCacheMiB: number } {
  const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
  return {
    heapMiB: clamp(Math.ceil((relations * 12) / 1024 / 256) * 256, 1024, 8192),
    pageCacheMiB: clamp(Math.ceil((relations * 2) / 1024 / 256) * 256, 512, 3072),
  };
}

/**
 * A Neo4j of our own for one benchmark run (scripts/neo4j/server.ts): a fresh folder under
 * artifacts/bench/, a free loopback port, a random password, memory sized for the largest graph it will
 * hold. One server serves every size in turn (the import measurement empties it first).
 */
export async function startBenchNeo4j(largestRelations: number): Promise<BenchNeo4j> {
  await mkdir(BENCH_DIR, { recursive: true });
  const home = await mkdtemp(path.join(BENCH_DIR, 'neo4j-'));
  const memory = neo4jMemoryFor(largestRelations);
  const started = performance.now();
  const server = await startNeo4j({
    home,
    port: await freePort(),
    password: `bench-${randomBytes(9).toString('base64url')}`,
    ...memory,
  });
  return {
    ...memory,
    startSeconds: (performance.now() - started) / 1000,
    server,
    home,
    async stop() {
      await server.stop();
      await rm(home, { recursive: true, force: true });
    },
  };
}

/** The environment that points the app, or a worker, at this server. */
export function neo4jEnv(server: RunningNeo4j): Record<string, string> {
  return {
    NEO4J_URI: server.uri,
    NEO4J_USER: server.user,
    NEO4J_PASSWORD: server.password,
    NEWSGRAPH_BENCH_NEO4J_PID: String(server.pid),
  };
}

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux nearly everywhere). */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat; NaN once it is gone. Beside
 * the wall time it tells whether a slow import was Neo4j working or Neo4j waiting for a core on a busy
 * machine.
 */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [utime, stime] = [Number(fields[11]), Number(fields[12])];
    return (utime + stime) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}
