import { promises as fs } from 'node:fs';
import { InvalidDataError } from '../errors';
import type { GraphState } from './graph-state';
import { emptyState, findDangling, mergeBatch, stateToBatch } from './graph-state';
import type { AtomicWriteOptions, FileVersion } from './atomic-file';
import { isNotFound, versionOf, writeFileAtomic } from './atomic-file';
import { firstIssue } from '../batch-schema';
import { snapshotSchema } from './snapshot-schema';

/**
 * The embedded store's persistence: the whole graph as one JSON file,
 * `{ formatVersion: 1, documents, entities, relations }`, read whole and written whole.
 */

export interface LoadedSnapshot {
  state: GraphState;
  version: FileVersion;
}

const HOW_TO_FIX =
  'Restore it from a backup, or delete it to start with an empty store (then run `npm run seed`).';

/** Reads and validates the snapshot; a missing file is an empty store, a damaged one is an InvalidDataError. */
export async function readSnapshot(file: string): Promise<LoadedSnapshot> {
  let text: string;
  let version: string;
  try {
    // Stat and read through one handle, so the version recorded is the version read even if another
    // process renames a new snapshot into place meanwhile.
    const handle = await fs.open(file, 'r');
    try {
      version = versionOf(await handle.stat({ bigint: true }));
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (isNotFound(error)) return { state: emptyState(), version: null };
    throw error;
  }
  return { state: parseSnapshot(text, file), version };
}

export function parseSnapshot(text: string, file: string): GraphState {
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
  const batch = parsed.data;
  const empty = emptyState();
  const dangling = findDangling(empty.graph, batch);
  if (dangling !== undefined) {
    throw new InvalidDataError(
      `Embedded store: ${file} is not a valid snapshot: relation ${dangling.relation.id} joins ${dangling.missing}, which is not an entity in the file. ${HOW_TO_FIX}`,
      file,
      `relations[${dangling.index}]`,
    );
  }
  return mergeBatch(empty, batch);
}

/** Writes the state atomically (see writeFileAtomic) and returns the new file's version. */
export async function writeSnapshot(
  file: string,
  state: GraphState,
  options: AtomicWriteOptions = {},
): Promise<string> {
  const snapshot = { formatVersion: 1, ...stateToBatch(state) };
  return writeFileAtomic(file, `${JSON.stringify(snapshot, null, 2)}\n`, options);
}
