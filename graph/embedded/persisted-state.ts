import { promises as fs } from 'node:fs';
import path from 'node:path';
import { StoreUnavailableError } from '../errors';
import type { FileVersion } from './atomic-file';
import { fileVersion, removeLeftovers } from './atomic-file';
import type { GraphState } from './graph-state';
import { readSnapshot, writeSnapshot } from './snapshot';
import type { Lease, WriteLock } from './write-lock';

/** What a write makes of the current state: the next state, and what to answer the caller. */
export interface Change<T> {
  next: GraphState;
  result: T;
}

/**
 * The current state of one snapshot file, kept in step with the file.
 *
 * Another process (the seed script, an import, a second server) may rewrite the file while this one has
 * it open, so reads and writes first compare the file's version with the one last read or written, and
 * reload when it changed. Writes in this process run one after another (a promise queue); across
 * processes they take turns through the write lock, and each re-reads the file once it holds the lock, so
 * a write always applies to the latest state and none is lost. A state is made current only once it is
 * safely on disk, so a failed write leaves memory and file as they were.
 */
export class PersistedState {
  /** Settles when every write queued so far has settled; never rejects. */
  private writes: Promise<unknown> = Promise.resolve();
  /** Bumped whenever the state is replaced, so that a slow reload cannot overwrite a newer write. */
  private generation = 0;

  private constructor(
    private readonly file: string,
    private readonly lock: WriteLock,
    private state: GraphState,
    private version: FileVersion,
  ) {}

  /**
   * Reads `file` (a missing file is an empty state; a damaged one throws InvalidDataError). When no other
   * process is writing, it first removes the temporary files a killed writer left behind.
   */
  static async load(file: string, lock: WriteLock): Promise<PersistedState> {
    // Tidying is a courtesy: a busy or read-only directory must not stop the store from opening.
    await lock.tryRun(async () => void (await removeLeftovers(file))).catch(() => false);
    const { state, version } = await readSnapshot(file);
    return new PersistedState(file, lock, state, version);
  }

  /** The state to read from: after every write queued so far, and reloaded if the file changed. */
  async read(): Promise<GraphState> {
    await this.writes;
    await this.refresh();
    return this.state;
  }

  /**
   * The version of the state `read()` would now return: the snapshot file's version (its inode, size and
   * modification time, see atomic-file.ts), after every write queued so far and after catching up with
   * another process's write. Null when there is no snapshot file yet.
   */
  async readVersion(): Promise<FileVersion> {
    await this.read();
    return this.version;
  }

  /** Queues `change`, which sees the latest state and may throw to write nothing. */
  write<T>(change: (state: GraphState) => Change<T>): Promise<T> {
    const run = this.writes.then(async () => {
      // Catching up before taking the lock keeps the (possibly long) parse of a changed file out of the
      // time other processes wait; under the lock the check is usually just a stat.
      await this.refresh();
      return this.lock.run(async (lease) => {
        // Holding the lock, any temporary file left is a killed writer's; if listing fails, so will the write.
        await removeLeftovers(this.file).catch(() => undefined);
        await this.refresh();
        const { next, result } = change(this.state);
        await this.commit(next, lease);
        return result;
      });
    });
    this.writes = run.catch(() => undefined);
    return run;
  }

  /** Resolves once every write queued so far has settled. */
  async settled(): Promise<void> {
    await this.writes;
  }

  private async refresh(): Promise<void> {
    const generation = this.generation;
    const current = await fileVersion(this.file);
    // No snapshot is an empty store, but no data directory means the store is gone (a removed or
    // unmounted volume): say so rather than answer as if the graph were empty.
    if (current === null) await this.assertDirectory();
    if (current === this.version) return;
    const loaded = await readSnapshot(this.file);
    if (generation !== this.generation) return; // a write landed meanwhile; its state is newer
    this.replace(loaded.state, loaded.version);
  }

  private async assertDirectory(): Promise<void> {
    const dir = path.dirname(this.file);
    try {
      await fs.access(dir);
    } catch (error) {
      throw new StoreUnavailableError(
        `Embedded store: the data directory ${dir} is not there; restore it or set NEWSGRAPH_DATA_DIR.`,
        { cause: error },
      );
    }
  }

  private async commit(next: GraphState, lease: Lease): Promise<void> {
    let version: string;
    try {
      version = await writeSnapshot(this.file, next, { beforeRename: () => lease.assertHeld() });
    } catch (error) {
      throw writeFailure(error, this.file);
    }
    this.replace(next, version);
  }

  private replace(state: GraphState, version: FileVersion): void {
    this.state = state;
    this.version = version;
    this.generation += 1;
  }
}

/**
 * What a failed snapshot write is reported as. Only the file system's own errors (they carry an errno
 * code: ENOSPC, EACCES, EROFS, EIO, ...) mean the disk or its permissions are at fault, and become
 * StoreUnavailableError naming the code. Anything else (say a RangeError from building the snapshot) is a
 * bug of ours and goes up unchanged: blaming the disk for it sent people looking in the wrong place.
 */
export function writeFailure(error: unknown, file: string): Error {
  if (error instanceof StoreUnavailableError) return error;
  const code =
    error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  if (code !== undefined && /^E[A-Z0-9]+$/.test(code)) {
    return new StoreUnavailableError(
      `Embedded store: cannot write ${file} (${code}: ${(error as Error).message}); check the disk's free space and the directory's permissions.`,
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
