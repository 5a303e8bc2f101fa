import cluster from 'node:cluster';
import type { Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';
import type { RevokeMessage } from './auth/revoked-sessions';
import { REVOKE_MESSAGE, rememberRevoked } from './auth/revoked-sessions';

/**
 * Serving with several processes (Node's cluster module): the primary forks the workers, which each run
 * the whole app and accept connections on the one port the primary shares with them (round robin on
 * Linux). What one process keeps in memory for all requests is made to agree:
 *
 * - **Session cookies** are sealed with NEWSGRAPH_SESSION_SECRET; when it is not set, the primary makes
 *   one secret for the run and hands it to every worker, so a cookie sealed by one is read by the others.
 * - **Signed-out sessions**: a worker that ends one tells the primary, which tells every worker
 *   (auth/revoked-sessions.ts).
 * - **The one-time local link** cannot be "once" across processes that do not share memory, so it is off;
 *   the primary says so (create an account with `npm run user`, or run one process).
 * - **The store**: over Neo4j every worker is one more client of the database. Over the embedded store
 *   every worker holds the graph; writes take the snapshot's write lock in turn, and every read first
 *   compares the snapshot file's version with its own, reloading after another process's write
 *   (graph/embedded/persisted-state.ts), so readers see each write.
 * - Rate limits and sign-in slowing are counted per process (each process has its own budget).
 */
export function startWorkers(count: number, log: (line: string) => void): void {
  const env: Record<string, string> = {
    NEWSGRAPH_SESSION_SECRET: process.env.NEWSGRAPH_SESSION_SECRET ?? randomBytes(32).toString('base64url'),
    NEWSGRAPH_LOCAL_LINK: 'off',
  };
  let stopping = false;
  const fork = () => {
    const worker = cluster.fork(env);
    worker.on('message', (message: unknown) => relay(worker, message));
  };
  for (let i = 0; i < count; i += 1) fork();
  log(`> newsgraph serves with ${count} processes (NEWSGRAPH_PROCESSES); the one-time sign-in link is off.`);
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    log(`> worker ${worker.process.pid} ended (${signal ?? `exit code ${code}`}); starting another.`);
    fork();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
      setTimeout(() => process.exit(0), 2000).unref();
      cluster.on('exit', () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      });
    });
  }
}

/** In the primary: a session one worker ended is ended in every other. */
function relay(from: Worker, message: unknown): void {
  if (!isRevoke(message)) return;
  for (const worker of Object.values(cluster.workers ?? {})) {
    if (worker !== undefined && worker !== from) worker.send(message);
  }
}

/** In a worker: listens for the sessions other workers ended. */
export function listenToOtherWorkers(): void {
  process.on('message', (message: unknown) => {
    if (isRevoke(message)) rememberRevoked(message.sid, message.expiresAt, Date.now());
  });
}

function isRevoke(message: unknown): message is RevokeMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === REVOKE_MESSAGE &&
    typeof (message as { sid?: unknown }).sid === 'string' &&
    typeof (message as { expiresAt?: unknown }).expiresAt === 'number'
  );
}
