import path from 'node:path';
import lockfile from 'proper-lockfile';
import { StoreUnavailableError } from '../errors';

/** How the embedded store's writers take turns across processes. */
export interface WriteLockOptions {
  /**
   * A lock whose holder has not refreshed it for this long counts as abandoned (its process was killed)
   * and is taken over. The holder refreshes it every staleMs / 2 while it writes.
   */
  staleMs: number;
  /** How long a writer waits for another process to finish before giving up with StoreUnavailableError. */
  waitMs: number;
}

const DEFAULT_WRITE_LOCK: WriteLockOptions = { staleMs: 10_000, waitMs: 30_000 };

/** What a lock holder can ask while it works. */
export interface Lease {
  /** Throws StoreUnavailableError when another process has taken the lock over; call it before committing. */
  assertHeld(): void;
}

/** Pauses between attempts while waiting: short, since most writes take well under a second. */
const RETRY_MIN_MS = 25;
const RETRY_MAX_MS = 250;

/**
 * A lock shared by every process that writes one file, so that two writers (the server, `npm run seed`,
 * `npm run import`) never interleave their read-modify-write cycles: the lock is the directory
 * `<file>.lock`, created atomically by proper-lockfile, kept fresh while held, and released on exit (even
 * on Ctrl-C). A process killed with SIGKILL leaves it behind; it goes stale after `staleMs` and the next
 * writer takes it over. Readers never take it: a snapshot is replaced by an atomic rename.
 */
export class WriteLock {
  private readonly options: WriteLockOptions;

  constructor(
    private readonly file: string,
    options: Partial<WriteLockOptions> = {},
  ) {
    this.options = { ...DEFAULT_WRITE_LOCK, ...options };
  }

  /** Runs `work` holding the lock, waiting up to `waitMs` for it; throws StoreUnavailableError when it stays busy. */
  async run<T>(work: (lease: Lease) => Promise<T>): Promise<T> {
    return this.hold(this.options.waitMs, work);
  }

  /** Runs `work` only if the lock is free right now; resolves to false (doing nothing) when it is not. */
  async tryRun(work: (lease: Lease) => Promise<void>): Promise<boolean> {
    try {
      await this.hold(0, work);
      return true;
    } catch (error) {
      if (error instanceof LockBusyError) return false;
      throw error;
    }
  }

  private async hold<T>(waitMs: number, work: (lease: Lease) => Promise<T>): Promise<T> {
    let compromised: Error | undefined;
    const release = await this.acquire(waitMs, (error) => {
      compromised = error;
    });
    const lease: Lease = {
      assertHeld: () => {
        if (compromised !== undefined) {
          throw new StoreUnavailableError(
            `Embedded store: another process took over the write lock on ${this.dir} (${compromised.message}); nothing was written, try again.`,
            { cause: compromised },
          );
        }
      },
    };
    try {
      return await work(lease);
    } finally {
      // A compromised lock is no longer ours to remove; any other failure leaves a lock that goes stale.
      await release().catch(() => undefined);
    }
  }

  /**
   * Takes the lock, retrying while another process holds it, for up to `waitMs`. proper-lockfile's own
   * retries would also retry errors that waiting cannot fix (a missing directory), so the loop is ours.
   */
  private async acquire(waitMs: number, onCompromised: (error: Error) => void): Promise<() => Promise<void>> {
    const deadline = Date.now() + waitMs;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await lockfile.lock(this.file, {
          stale: this.options.staleMs,
          // The snapshot may not exist yet, so the path is taken as given rather than resolved on disk.
          realpath: false,
          // The default throws from a timer, which would crash a server; the writer checks instead.
          onCompromised,
        });
      } catch (error) {
        const busy = errorCode(error) === 'ELOCKED';
        if (!busy || Date.now() >= deadline) throw this.translate(error, busy);
      }
      const backoff = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 1.5 ** attempt) * (0.5 + Math.random() / 2);
      await sleep(Math.max(0, Math.min(backoff, deadline - Date.now())));
    }
  }

  private get dir(): string {
    return path.dirname(this.file);
  }

  private translate(error: unknown, busy: boolean): Error {
    if (busy) {
      return new LockBusyError(`Embedded store: another process is writing to ${this.dir}; try again.`, {
        cause: error,
      });
    }
    return new StoreUnavailableError(
      `Embedded store: cannot lock ${this.dir} for writing (${errorCode(error) ?? String(error)}); check that the directory exists and is writable.`,
      { cause: error },
    );
  }
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The lock stayed held by another process for as long as we were willing to wait. */
class LockBusyError extends StoreUnavailableError {}
