/**
 * npm run export -- (--around NAME|ID ... [--depth N] | --all) [--format F] [-o FILE] [--csv-files DIR]
 *
 * Writes a subgraph of the configured store to a file, with the same library as GraphQL's exportSubgraph
 * and GET /api/export. Exit codes: 0 done, 1 invalid arguments (an unknown name, a bad format, an export
 * over NEWSGRAPH_MAX_EXPORT_NODES), 2 configuration error, 3 store unavailable.
 */
import { isParseArgsError, runCli } from './cli';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeStoreLocation } from '../graph/bundle/seed';
import { graphConfig } from '../graph/config';
import { createStore } from '../graph/create-store';
import { InvalidArgumentError } from '../graph/errors';
import { exportGraph, toCsvFiles } from '../graph/export';
import { collectExport, exportBaseName, resolveNames } from '../graph/export/collect';
import type { ExportFile, ExportFormat, ExportInput } from '../graph/export/types';
import { EXPORT_FORMATS } from '../graph/export/types';

const FORMATS = EXPORT_FORMATS.map((f) => f.toLowerCase()).join('|');

const USAGE = `Usage: npm run export -- (--around NAME|ID ... [--depth N] | --all) [options]

Exports part of the configured store (the embedded one in NEWSGRAPH_DATA_DIR, default ./.data, or Neo4j
when NEO4J_URI is set) with its evidence and the documents it points into.

  --around NAME|ID         an entity by id, or by its exact name or alias (any case); repeat for more
  --depth N                0 (default): those entities and the relations among them; 1..3: hops around
  --all                    the whole graph, every document included
  --relation-types A,B     only relations of these types (with --depth, only these are followed)
  --format F               ${FORMATS} (any case; default json)
  -o, --output FILE        where to write ("-" for stdout); default: stdout, or for csv (a zip) the
                           suggested file name in the current directory
  --csv-files DIR          csv only: write nodes.csv, edges.csv and documents.csv into DIR instead of a zip
  --help                   show this text

Exports over NEWSGRAPH_MAX_EXPORT_NODES entities (default 5000) are refused.

Example: npm run export -- --around "Nayib Bukele" --depth 2 --format graphml -o out.graphml`;

/** A command-line mistake: exit 1 with the message and the usage. */
class UsageError extends InvalidArgumentError {}

interface Options {
  around: string[];
  all: boolean;
  depth: number;
  relationTypes: string[] | undefined;
  format: ExportFormat;
  output: string | undefined;
  csvFiles: string | undefined;
}

function readOptions(): Options | 'help' {
  const { values } = parseArgs({
    options: {
      around: { type: 'string', multiple: true, default: [] },
      all: { type: 'boolean', default: false },
      depth: { type: 'string' },
      'relation-types': { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'csv-files': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) return 'help';
  const format = (values.format ?? (values['csv-files'] === undefined ? 'json' : 'csv')).toUpperCase();
  if (!isFormat(format)) throw new UsageError(`--format ${values.format ?? ''} is not one of ${FORMATS}.`);
  if (values['csv-files'] !== undefined && format !== 'CSV') {
    throw new UsageError('--csv-files writes CSV files; leave out --format or give --format csv.');
  }
  if (values['csv-files'] !== undefined && values.output !== undefined) {
    throw new UsageError('give either --csv-files DIR or -o FILE, not both.');
  }
  if (values.all === values.around.length > 0) {
    throw new UsageError('give --around NAME (one or more) or --all.');
  }
  const depth = values.depth ?? '0';
  if (!/^\d+$/.test(depth)) throw new UsageError(`--depth ${depth} is not a whole number.`);
  const relationTypes = values['relation-types']
    ?.split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  return {
    around: values.around,
    all: values.all,
    depth: Number(depth),
    relationTypes: relationTypes !== undefined && relationTypes.length > 0 ? relationTypes : undefined,
    format,
    output: values.output,
    csvFiles: values['csv-files'],
  };
}

function isFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

async function main(): Promise<number> {
  const options = readOptions();
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  // Every setting resolved and checked first: a wrong one stops here, naming the variable.
  const { store: config, exportLimits } = graphConfig();
  const { maxNodes } = exportLimits;
  const store = await createStore(config);
  let ids: string[];
  let input: ExportInput;
  try {
    ids = options.all ? [] : await resolveNames(store, options.around);
    input = await collectExport(store, {
      ids,
      depth: options.depth,
      relationTypes: options.relationTypes,
      all: options.all,
      maxNodes,
    });
  } finally {
    await store.close();
  }
  const where =
    options.csvFiles === undefined
      ? await write(
          exportGraph(input, options.format, {
            baseName: exportBaseName({ ids, depth: options.depth, all: options.all }),
          }),
          options.output,
        )
      : await writeCsvFiles(input, options.csvFiles);
  const { subgraph, documents } = input;
  console.error(
    `Exported ${subgraph.nodes.length} entities, ${subgraph.edges.length} relations and ${documents.length} document(s) from ${describeStoreLocation(config)}`,
  );
  console.error(`as ${options.format.toLowerCase()} to ${where}.`);
  return 0;
}

/** Writes the file to `output` (stdout when it is "-", or left out for a text format); returns where. */
async function write(file: ExportFile, output: string | undefined): Promise<string> {
  const bytes = file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content);
  // A zip on a terminal is no use to anyone: binary formats go to their suggested file name instead.
  const target = output ?? (file.encoding === 'base64' ? file.filename : '-');
  if (target === '-') {
    if (file.encoding === 'base64') {
      throw new UsageError(`${file.format.toLowerCase()} is a zip; give -o FILE (e.g. -o ${file.filename}).`);
    }
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(bytes, (error) => (error ? reject(error) : resolve())),
    );
    return 'standard output';
  }
  await writeFile(target, bytes);
  return path.resolve(target);
}

/** The CSV export as separate files (the ones its zip holds) in `dir`; returns where. */
async function writeCsvFiles(input: ExportInput, dir: string): Promise<string> {
  const target = path.resolve(dir);
  await mkdir(target, { recursive: true });
  const files = Object.entries(toCsvFiles(input));
  for (const [name, text] of files) await writeFile(path.join(target, name), text);
  return `${target} (${files.map(([name]) => name).join(', ')})`;
}

runCli(main, (error, message) =>
  error instanceof UsageError || isParseArgsError(error) ? `${message}\n\n${USAGE}` : message,
);
