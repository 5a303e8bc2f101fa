/**
 * npm run import -- FILE... [--format X] [--dry-run]
 *
 * Imports graph files (our JSON bundle, Cytoscape JSON, GraphML, GEXF, a CSV pair or a zip of one) into
 * the configured store, merging by id. Everything is checked before anything is written. Exit codes:
 * 0 done, 1 invalid data or arguments (nothing written), 2 configuration error, 3 store unavailable.
 */
import { exitCodeFor, runCli } from './cli';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { describeIoError } from '../graph/bundle/read-json';
import { describeStoreLocation } from '../graph/bundle/seed';
import { graphConfig } from '../graph/config';
import { createStore } from '../graph/create-store';
import { InvalidArgumentError, InvalidDataError } from '../graph/errors';
import type { ImportFile, ImportProgress, ImportSummary } from '../graph/import';
import {
  assertWithinByteLimit,
  IMPORT_FORMATS,
  ImportRejectedError,
  importGraph,
  parseFormatName,
} from '../graph/import';

const USAGE = `Usage: npm run import -- FILE... [--format X] [--dry-run]

Imports graph files into the configured store (the embedded one in NEWSGRAPH_DATA_DIR, default ./.data,
or Neo4j when NEO4J_URI is set), merging by id: importing the same files twice changes nothing.
Formats: our JSON bundle (.json), Cytoscape JSON (.cyjs/.json), GraphML (.graphml), GEXF (.gexf), and CSV:
a nodes.csv + edges.csv pair (documents.csv too, optional) or a zip of them. Every relation needs its
evidence (a sentence of a document, with offsets): graphs from other tools import their nodes, but their
edges only with evidence. Nothing is written unless everything is valid.

  --format X   read every file as X (${IMPORT_FORMATS.join(', ')}) instead of detecting it
  --dry-run    check and count, but write nothing
  --help       show this text

Limits: NEWSGRAPH_MAX_IMPORT_BYTES (default 50 MB) and NEWSGRAPH_MAX_IMPORT_ITEMS (default 200000).`;

/** Past this many items a terminal gets a progress bar; smaller imports finish before one would be read. */
const BAR_THRESHOLD = 2000;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      format: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new InvalidArgumentError('Give at least one file to import.');
  const format = values.format === undefined ? undefined : parseFormatName(values.format);
  if (values.format !== undefined && format === undefined) {
    throw new InvalidArgumentError(
      `--format ${values.format} is not a format this can import; use one of ${IMPORT_FORMATS.join(', ')}.`,
    );
  }
  const dryRun = values['dry-run'];

  // Every setting resolved and checked first: a wrong one stops here, naming the variable.
  const { store: config, importLimits: limits } = graphConfig();
  const files = await readFiles(positionals, limits.maxBytes);
  const store = await createStore(config);
  const progress = new ProgressReporter();
  try {
    const summary = await importGraph(store, files, {
      ...limits,
      format,
      dryRun,
      onProgress: (p) => progress.report(p),
      readTextFile,
      // The audit trail names who ran the command: the operating-system user, marked as such.
      actor: `cli:${userInfo().username}`,
    });
    progress.stop();
    console.log(
      dryRun
        ? `Checked for ${describeStoreLocation(config)}; dry run, nothing was written.`
        : `Imported into ${describeStoreLocation(config)}.`,
    );
    console.log(`from ${positionals.join(', ')}`);
    console.log(formatSummary(summary));
  } finally {
    progress.stop();
    await store.close();
  }
  return 0;
}

/** Reads the files, refusing them together past the byte limit before reading any (a stat is cheap). */
async function readFiles(names: readonly string[], maxBytes: number): Promise<ImportFile[]> {
  const sizes: { name: string; byteLength: number }[] = [];
  for (const name of names) {
    try {
      sizes.push({ name, byteLength: (await stat(name)).size });
    } catch (error) {
      throw new InvalidDataError(
        `${name}: cannot read the file (${describeIoError(error)}).`,
        name,
        '(file)',
      );
    }
  }
  assertWithinByteLimit(sizes, maxBytes);
  return Promise.all(names.map(async (name) => ({ name, content: new Uint8Array(await readFile(name)) })));
}

/** Bundles may keep a document's text in a file next to them; on the command line that file can be read. */
function readTextFile(bundleFile: string, textFile: string): string {
  try {
    return readFileSync(path.resolve(path.dirname(bundleFile), textFile), 'utf8');
  } catch (error) {
    throw new Error(describeIoError(error), { cause: error });
  }
}

/** A bar on a terminal for large imports; otherwise one line per phase, which logs read well. */
class ProgressReporter {
  private bar: SingleBar | undefined;
  private phase: ImportProgress['phase'] | undefined;

  report(progress: ImportProgress): void {
    if (progress.phase === 'done') return this.stop();
    const large = progress.phase !== 'parse' && progress.total > BAR_THRESHOLD;
    if (this.bar === undefined && large && process.stderr.isTTY === true) {
      this.bar = new SingleBar({
        format: '{phase} [{bar}] {value}/{total}',
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: true,
      });
      this.bar.start(progress.total, progress.done, { phase: label(progress.phase) });
    }
    if (this.bar !== undefined) {
      this.bar.setTotal(progress.total);
      this.bar.update(progress.done, { phase: label(progress.phase) });
    } else if (progress.phase !== this.phase) {
      console.error(
        `${label(progress.phase)} ${progress.total} ${progress.phase === 'parse' ? 'file(s)' : 'items'}…`,
      );
    }
    this.phase = progress.phase;
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }
}

function label(phase: ImportProgress['phase']): string {
  const labels: Record<ImportProgress['phase'], string> = {
    parse: 'Reading',
    validate: 'Checking',
    compare: 'Comparing',
    write: 'Writing',
    done: 'Done',
  };
  return labels[phase];
}

function formatSummary(summary: ImportSummary): string {
  const columns = ['created', 'updated', 'unchanged', 'rejected'] as const;
  const rows = (['documents', 'entities', 'relations'] as const).map((kind) => [
    kind,
    ...columns.map((c) => String(summary[kind][c])),
  ]);
  const table = [['', ...columns], ...rows];
  const widths = table[0]?.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length))) ?? [];
  return table
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  '),
    )
    .join('\n');
}

runCli(main, (error, message) => {
  if (error instanceof ImportRejectedError) return message;
  if (error instanceof InvalidDataError) return `${message}\nNothing was written.`;
  return exitCodeFor(error) === 1 ? `${message}\n\n${USAGE}` : message;
});
