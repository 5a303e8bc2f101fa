import { freePort } from '../../free-port';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { NEXT_DIST_DIR, ROOT } from './paths';

/**
 * The built app (`next start`) on a free loopback port, serving an embedded store from a given directory
 * (or a Neo4j, given its NEO4J_* settings),
 * for the benchmarks, the load test and the fuzz run. Next 16 serves from the process it starts in (the
 * process renames itself `next-server`), so the child's pid is the server's and its memory can be read
 * from /proc. Its output goes to a log file (one per server, rewritten each run): a pipe nobody reads
 * would fill and stall the server. The build served is the one in NEXT_DIST_DIR (`.next` by default): the
 * child inherits the variable, and next.config.ts points `next start` at that folder.
 */
export interface NextServer {
  url: string;
  pid: number;
  logFile: string;
  /** Resident memory of the server process now, in MB (VmRSS in /proc/<pid>/status). */
  rssMb(): number;
  stop(): Promise<void>;
}

export interface NextServerOptions {
  /** The embedded store's directory (set even over Neo4j, where the app does not read it). */
  dataDir: string;
  /** NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD: serve this Neo4j instead of the embedded store. */
  neo4j?: Record<string, string>;
  logFile: string;
  /** V8 heap limit for the server: a 500k-relation graph does not fit in the default. */
  heapMb?: number;
  /** How long the first /api/health may take: it loads the whole snapshot. */
  readyTimeoutMs?: number;
  env?: Record<string, string>;
  /** More flags for node, e.g. `--cpu-prof` to profile the server (not allowed in NODE_OPTIONS). */
  nodeArgs?: readonly string[];
  /**
   * Serve with our server (server.ts, what `npm start` runs) and this many processes
   * (NEWSGRAPH_PROCESSES) instead of `next start`; memory is then the sum over the primary and workers.
   */
  processes?: number;
}

/**
 * Settings every measured server runs with. The rate limit is off: one benchmark client sends thousands of
 * requests a minute from one address and would measure 429s. Every other hardening limit keeps its default.
 */
const BENCH_SERVER_ENV = {
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  NEWSGRAPH_RATE_LIMIT_GRAPHQL: '0',
  NEWSGRAPH_RATE_LIMIT_EXPORT: '0',
  NEWSGRAPH_RATE_LIMIT_IMPORT: '0',
} as const;

export function assertBuilt(): void {
  if (!existsSync(path.join(ROOT, NEXT_DIST_DIR, 'BUILD_ID'))) {
    throw new Error(
      `No production build in ${NEXT_DIST_DIR}: run \`npx next build\` first, with the same NEXT_DIST_DIR (npm run bench does).`,
    );
  }
}

export async function startNextServer(options: NextServerOptions): Promise<NextServer> {
  assertBuilt();
  const port = await freePort();
  await mkdir(path.dirname(options.logFile), { recursive: true });
  const log = openSync(options.logFile, 'w');
  const env: NodeJS.ProcessEnv = { ...process.env, ...BENCH_SERVER_ENV, ...options.env };
  // Only the store the caller names: a NEO4J_URI in the developer's shell must not redirect the bench.
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete env[name];
  Object.assign(env, options.neo4j);
  env.NEWSGRAPH_DATA_DIR = options.dataDir;
  const heap = `--max-old-space-size=${options.heapMb ?? 4096}`;
  const nodeArgs = [heap, ...(options.nodeArgs ?? [])];
  let args: string[];
  if (options.processes === undefined) {
    args = [...nodeArgs, path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start'];
    args.push('-p', String(port), '-H', '127.0.0.1');
  } else {
    // Cluster workers run with the primary's node flags (process.execArgv), the heap limit included.
    env.NEWSGRAPH_PROCESSES = String(options.processes);
    env.NEWSGRAPH_LOCAL_LINK = 'off';
    args = [...nodeArgs, '--import', 'tsx', path.join(ROOT, 'server.ts'), '--port', String(port)];
    args.push('--hostname', '127.0.0.1');
  }
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', log, log] });
  closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error('next start did not start.');
  const url = `http://127.0.0.1:${port}`;
  const server: NextServer = {
    url,
    pid,
    logFile: options.logFile,
    rssMb: () => treeRssMb(pid),
    stop: () => stop(child),
  };
  try {
    await waitUntilHealthy(url, child, options.readyTimeoutMs ?? 120_000);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/** VmRSS of a process and its children (a cluster's workers) in MB, or NaN once it is gone. */
function treeRssMb(pid: number): number {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .split(' ')
      .filter(Boolean)
      .map(Number);
  } catch {
    // No children listed: the process alone.
  }
  return children.reduce((sum, child) => sum + (processRssMb(child) || 0), processRssMb(pid));
}

/** VmRSS of a process in MB, or NaN once it is gone. */
export function processRssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb === undefined ? Number.NaN : Number(kb) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** Answers true when /api/health says 200 within `timeoutMs`. */
export async function isHealthy(url: string, timeoutMs = 10_000): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}; see its log.`);
    // The first health check loads the snapshot, which takes long for a big graph: allow it the whole wait.
    if (await isHealthy(url, Math.max(1_000, deadline - Date.now()))) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start on ${url} was not healthy within ${timeoutMs} ms; see its log.`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(forced);
}
