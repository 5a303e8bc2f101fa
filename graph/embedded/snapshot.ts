import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { InvalidDataError } from '../errors';
import type { GraphBatch } from '../model';
import type { GraphState } from './graph-state';
import { emptyState, findDangling } from './graph-state';
import { freshState } from './fresh-state';
import type { AtomicWriteOptions, FileVersion } from './atomic-file';
import { isNotFound, versionOf, writeFileAtomic } from './atomic-file';
import { firstIssue } from '../batch-schema';
import { readSnapshotLines, snapshotChunks } from './snapshot-lines';
import { SNAPSHOT_HEADER_PREFIX, snapshotSchema } from './snapshot-schema';

/**
 * The embedded store's persistence: the whole graph in one file, written whole (atomically) and read
 * whole. Written as JSON lines (format version 2, see snapshot-schema.ts) a chunk at a time, so a graph of
 * any size fits; files in the older single-JSON format (version 1) are still read.
 */

export interface LoadedSnapshot {
  state: GraphState;
  version: FileVersion;
}

const HOW_TO_FIX =
  'Restore it from a backup, or delete it to start with an empty store (then run `npm run seed`).';

/** Reads and validates the snapshot; a missing file is an empty store, a damaged one is an InvalidDataError. */
export async function readSnapshot(file: string): Promise<LoadedSnapshot> {
  let handle: FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    if (isNotFound(error)) return { state: emptyState(), version: null };
    throw error;
  }
  try {
    // Stat and read through one handle, so the version recorded is the version read even if another
    // process renames a new snapshot into place meanwhile.
    const version = versionOf(await handle.stat({ bigint: true }));
    const contents = (await startsWithHeader(handle))
      ? await readSnapshotLines(handle, file, HOW_TO_FIX)
      : { ...parseSnapshot(await handle.readFile('utf8'), file), changes: [] };
    return { state: { ...stateOf(contents, file), changes: contents.changes }, version };
  } finally {
    await handle.close();
  }
}

/** True when the file starts with a version 2 header (read at position 0, leaving the handle's position alone). */
async function startsWithHeader(handle: FileHandle): Promise<boolean> {
  const prefix = Buffer.from(SNAPSHOT_HEADER_PREFIX, 'utf8');
  const start = Buffer.alloc(prefix.length);
  const { bytesRead } = await handle.read(start, 0, start.length, 0);
  return bytesRead === prefix.length && start.equals(prefix);
}

/** Parses a version 1 snapshot (one JSON object) into a batch, checked with the snapshot schema. */
function parseSnapshot(text: string, file: string): GraphBatch {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidDataError(
      `Embedded store: ${file} is not valid JSON (${reason}). ${HOW_TO_FIX}`,
      file,
      '(root)',
    );
  }
  const parsed = snapshotSchema.safeParse(json);
  if (!parsed.success) {
    const { path, message } = firstIssue(parsed.error);
    throw new InvalidDataError(
      `Embedded store: ${file} is not a valid snapshot: ${path} ${message}. ${HOW_TO_FIX}`,
      file,
      path,
    );
  }
  const { documents, entities, relations } = parsed.data;
  return { documents, entities, relations };
}

/** The state a checked batch describes; a relation whose end is not in the file is an InvalidDataError. */
function stateOf(batch: GraphBatch, file: string): GraphState {
  // The batch was parsed here and is private, so the state may keep (and share strings among) its objects.
  const state = freshState(batch);
  if (state !== undefined) return state;
  const dangling = findDangling(emptyState().graph, batch);
  const where = dangling === undefined ? 'relations' : `relations[${dangling.index}]`;
  const what =
    dangling === undefined
      ? 'a relation joins an id that is not an entity in the file'
      : `relation ${dangling.relation.id} joins ${dangling.missing}, which is not an entity in the file`;
  throw new InvalidDataError(
    `Embedded store: ${file} is not a valid snapshot: ${what}. ${HOW_TO_FIX}`,
    file,
    where,
  );
}

/** Writes the state atomically (see writeFileAtomic), as version 2, and returns the new file's version. */
export async function writeSnapshot(
  file: string,
  state: GraphState,
  options: AtomicWriteOptions = {},
): Promise<string> {
  return writeFileAtomic(file, snapshotChunks(state), options);
}
