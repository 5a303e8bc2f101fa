import { InvalidDataError } from '../errors';
import type { GraphBatch } from '../model';
import type { ImportFile } from './types';

/**
 * What a format reader hands the import service: the batch, where each item came from, and the items it
 * refused. Readers keep going past a bad item (so one run lists many problems), but stop at a file they
 * cannot read at all (bad XML, bad CSV quoting), throwing InvalidDataError.
 */

export type ItemKind = 'documents' | 'entities' | 'relations';

/** One thing wrong with the input: the file, where in it (`line 12`, `edges[3].evidence[0].start`), and what. */
export interface ImportProblem {
  file: string;
  path: string;
  message: string;
  /** The kind of item refused, when the problem is one item's (for the summary's `rejected` counts). */
  kind?: ItemKind;
}

/** Where an item was read from. */
export interface Origin {
  file: string;
  /** Its place in the file: `entities[3]`, `line 12`, `node "n3" (line 40)`. */
  path: string;
}

export interface ReadResult {
  batch: GraphBatch;
  /** `origins[kind][i]` is where `batch[kind][i]` was read from. */
  origins: Record<ItemKind, Origin[]>;
  /** Items refused while reading; they are not in the batch. */
  problems: ImportProblem[];
}

/** What a reader may be given besides the files. */
export interface ReadContext {
  /** The most bytes a reader may unpack (a zip's contents); the packed size was checked before. */
  maxBytes: number;
  /**
   * Resolves a bundle document's `textFile` (relative to the bundle). Only the CLI passes one: a server
   * must never read paths named by an uploaded file.
   */
  readTextFile?: (bundleFile: string, textFile: string) => string;
}

/** Reads one group of files of one format. */
export type FormatReader = (files: readonly ImportFile[], context: ReadContext) => ReadResult;

export function emptyResult(): ReadResult {
  return {
    batch: { documents: [], entities: [], relations: [] },
    origins: { documents: [], entities: [], relations: [] },
    problems: [],
  };
}

/** Adds one item and where it came from. */
export function addItem<K extends ItemKind>(
  result: ReadResult,
  kind: K,
  item: GraphBatch[K][number],
  origin: Origin,
): void {
  (result.batch[kind] as GraphBatch[K][number][]).push(item);
  result.origins[kind].push(origin);
}

/** A field's path inside an item's: `edges[3].evidence`, or `line 12, evidence` for a CSV row or an XML element. */
export function subPath(base: string, field: string): string {
  return base.startsWith('line') ? `${base}, ${field}` : `${base}.${field}`;
}

/** The batch of a reader used on its own (an ImportParser): the first problem, if any, is thrown. */
export function batchOrThrow(result: ReadResult): GraphBatch {
  const first = result.problems[0];
  if (first !== undefined) throw problemError(first);
  return result.batch;
}

function problemError(problem: ImportProblem): InvalidDataError {
  return new InvalidDataError(
    `${problem.file}: ${problem.path}: ${problem.message}`,
    problem.file,
    problem.path,
  );
}

/** Decodes a file as UTF-8 (a byte-order mark is dropped); bytes that are not UTF-8 are refused, not replaced. */
export function decodeText(file: ImportFile): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file.content);
  } catch {
    throw new InvalidDataError(
      `${file.name}: the file is not UTF-8 text. Save it as UTF-8 and import it again.`,
      file.name,
      '(file)',
    );
  }
}
