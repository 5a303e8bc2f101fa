import { StoreUnavailableError } from '../errors';
import type { FileVersion } from './atomic-file';
import { fileVersion } from './atomic-file';
import type { GraphState } from './graph-state';
import { readSnapshot, writeSnapshot } from './snapshot';

/** What a write makes of the current state: the next state, and what to answer the caller. */
export interface Change<T> {
  next: GraphState;
  result: T;
}

/**
 * The current state of one snapshot file, kept in step with the file.
 *
 * Another process (the seed script) may rewrite the file while this one has it open, so reads and writes
 * first compare the file's version with the one last read or written, and reload when it changed.
 * Writes in this process run one after another (a promise queue), each on the latest state; a state is
 * made current only once it is safely on disk, so a failed write leaves memory and file as they were.
 * Writes from two processes at once are not coordinated: the last one wins.
 */
export class PersistedState {
  /** Settles when every write queued so far has settled; never rejects. */
  private writes: Promise<unknown> = Promise.resolve();
  /** Bumped whenever the state is replaced, so that a slow reload cannot overwrite a newer write. */
  private generation = 0;

  private constructor(
    private readonly file: string,
    private state: GraphState,
    private version: FileVersion,
  ) {}

  /** Reads `file` (a missing file is an empty state; a damaged one throws InvalidDataError). */
  static async load(file: string): Promise<PersistedState> {
    const { state, version } = await readSnapshot(file);
    return new PersistedState(file, state, version);
  }

  /** The state to read from: after every write queued so far, and reloaded if the file changed. */
  async read(): Promise<GraphState> {
    await this.writes;
    await this.refresh();
    return this.state;
  }

  /** Queues `change`, which sees the latest state and may throw to write nothing. */
  write<T>(change: (state: GraphState) => Change<T>): Promise<T> {
    const run = this.writes.then(async () => {
      await this.refresh();
      const { next, result } = change(this.state);
      await this.commit(next);
      return result;
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
    if ((await fileVersion(this.file)) === this.version) return;
    const loaded = await readSnapshot(this.file);
    if (generation !== this.generation) return; // a write landed meanwhile; its state is newer
    this.replace(loaded.state, loaded.version);
  }

  private async commit(next: GraphState): Promise<void> {
    let version: string;
    try {
      version = await writeSnapshot(this.file, next);
    } catch (error) {
      throw new StoreUnavailableError(
        `Embedded store: cannot write ${this.file}; check the disk and permissions.`,
        {
          cause: error,
        },
      );
    }
    this.replace(next, version);
  }

  private replace(state: GraphState, version: FileVersion): void {
    this.state = state;
    this.version = version;
    this.generation += 1;
  }
}
