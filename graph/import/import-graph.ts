import { appendAll } from './append-all';
import type { ChangeSource } from '../audit/change';
import { InvalidDataError } from '../errors';
import type { GraphStore } from '../store';
import { checkBatch, dedupe } from './check-batch';
import { compareWithStore, rejectedSummary } from './compare';
import { groupByFormat } from './detect';
import { ImportRejectedError, MAX_LISTED_PROBLEMS } from './errors';
import type { ImportLimits } from './limits';
import { graphConfig } from '../config';
import { assertWithinByteLimit, assertWithinItemLimit } from './limits';
import type { ImportProblem, ItemKind, ReadContext, ReadResult } from './read-result';
import { emptyResult } from './read-result';
import { READERS } from './readers';
import { sealValidatedBatch } from '../bundle/validated-batch';
import { readStoreView } from './store-view';
import type { ImportFile, ImportFormat, ImportProgress, ImportSummary } from './types';

export interface ImportOptions {
  /** Called as the import moves through its phases (parse, validate, compare, write, done). */
  onProgress?: (progress: ImportProgress) => void;
  /** The most documents + entities + relations; default NEWSGRAPH_MAX_IMPORT_ITEMS (200 000). */
  maxItems?: number;
  /** The most bytes, all files together, zips unpacked; default NEWSGRAPH_MAX_IMPORT_BYTES (50 MB). */
  maxBytes?: number;
  /** Read every file as this format instead of detecting it from the name and content. */
  format?: ImportFormat;
  /** Validate and count, but write nothing. */
  dryRun?: boolean;
  /** Who imports: the write is then recorded in the audit trail (source: the files' names), in the same step. */
  actor?: string;
  /** Where the write comes from, for the audit trail, when it is not the files themselves (an accepted article draft). */
  source?: ChangeSource;
  /** Lets bundles name their text in a file next to them; only for files on the caller's own disk (the CLI). */
  readTextFile?: ReadContext['readTextFile'];
}

/**
 * Public entry point of every import (`npm run import`, `POST /api/import`, the explorer's Import):
 * reads the files (JSON bundle, Cytoscape JSON, GraphML, GEXF, CSV pair or zip), checks everything they
 * hold together and against the store, and writes it in one upsert, merging by id. All or nothing: on any
 * problem it throws ImportRejectedError (an InvalidDataError) listing the problems, and writes nothing.
 * Importing the same files twice reports everything `unchanged` the second time.
 *
 * Throws ImportTooLargeError (InvalidArgumentError) past the size limits, before parsing when it can.
 */
export async function importGraph(
  store: GraphStore,
  files: readonly ImportFile[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const report = options.onProgress ?? (() => undefined);
  const limits = limitsFor(options);
  assertWithinByteLimit(
    files.map((f) => ({ name: f.name, byteLength: f.content.byteLength })),
    limits.maxBytes,
  );

  const read = rejectOnInvalidData(() => readAll(files, options, limits.maxBytes, report));
  const items = read.batch.documents.length + read.batch.entities.length + read.batch.relations.length;
  assertWithinItemLimit(items + read.problems.length, limits.maxItems);

  report({ phase: 'validate', done: 0, total: items });
  const unique = dedupe(read);
  const view = await readStoreView(store, unique.batch);
  const checked = checkBatch(unique, view);
  const problems = [...unique.problems, ...checked.problems];
  if (problems.length > 0) {
    const rejected = countRejected(unique.problems, checked.rejected);
    throw new ImportRejectedError(
      problems.slice(0, MAX_LISTED_PROBLEMS),
      problems.length,
      rejectedSummary(rejected),
    );
  }
  report({ phase: 'validate', done: items, total: items });

  report({ phase: 'compare', done: 0, total: items });
  const summary = compareWithStore(unique.batch, view);
  report({ phase: 'compare', done: items, total: items });

  const changes = (['documents', 'entities', 'relations'] as const).reduce(
    (sum, kind) => sum + summary[kind].created + summary[kind].updated,
    0,
  );
  // Nothing new: skip the write, so a repeated import does not even rewrite the store's files.
  if (options.dryRun !== true && changes > 0) {
    report({ phase: 'write', done: 0, total: items });
    // Every item passed the model's schemas (readers) and the cross-checks above: the store need not
    // parse it again.
    const audit =
      options.actor === undefined
        ? undefined
        : {
            actor: options.actor,
            source: options.source ?? { kind: 'import' as const, files: files.map((f) => f.name) },
          };
    await store.upsert(sealValidatedBatch(unique.batch), { audit });
    report({ phase: 'write', done: items, total: items });
  }
  report({ phase: 'done', done: items, total: items });
  return summary;
}

/** The limits given, and for any not given the configured ones (NEWSGRAPH_MAX_IMPORT_*, graph/config.ts). */
function limitsFor(options: ImportOptions): ImportLimits {
  const { maxItems, maxBytes } = options;
  if (maxItems !== undefined && maxBytes !== undefined) return { maxItems, maxBytes };
  const configured = graphConfig().importLimits;
  return { maxItems: maxItems ?? configured.maxItems, maxBytes: maxBytes ?? configured.maxBytes };
}

function readAll(
  files: readonly ImportFile[],
  options: ImportOptions,
  maxBytes: number,
  report: (progress: ImportProgress) => void,
): ReadResult {
  const groups = groupByFormat(files, options.format);
  const context: ReadContext = { maxBytes, readTextFile: options.readTextFile };
  const all = emptyResult();
  let done = 0;
  report({ phase: 'parse', done, total: files.length });
  for (const group of groups) {
    const read = READERS[group.format](group.files, context);
    for (const kind of ['documents', 'entities', 'relations'] as const) {
      appendAll(all.batch[kind] as unknown[], read.batch[kind]);
      appendAll(all.origins[kind], read.origins[kind]);
    }
    appendAll(all.problems, read.problems);
    done += group.files.length;
    report({ phase: 'parse', done, total: files.length });
  }
  return all;
}

/** A file that cannot be read at all stops the import like any other problem: one error class for callers. */
function rejectOnInvalidData<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof InvalidDataError) || error instanceof ImportRejectedError) throw error;
    const problem: ImportProblem = { file: error.source, path: error.path, message: withoutPlace(error) };
    throw new ImportRejectedError([problem], 1, rejectedSummary({ documents: 0, entities: 0, relations: 0 }));
  }
}

/** The message without its leading `file: path: `, which the problem list prints itself. */
function withoutPlace(error: InvalidDataError): string {
  let message = error.message;
  for (const prefix of [`${error.source}: `, `${error.path}: `]) {
    if (message.startsWith(prefix)) message = message.slice(prefix.length);
  }
  return message;
}

function countRejected(
  problems: readonly ImportProblem[],
  checked: Record<ItemKind, number>,
): Record<ItemKind, number> {
  const rejected = { ...checked };
  // A reader refuses an item with exactly one problem, and a refused item is not checked again.
  for (const problem of problems) if (problem.kind !== undefined) rejected[problem.kind] += 1;
  return rejected;
}
