import { unzipSync } from 'fflate';
import { InvalidDataError } from '../errors';
import type { CsvTable } from './csv-table';
import { parseCsvTable } from './csv-table';
import { formatBytes, ImportTooLargeError } from './limits';
import type { FormatReader, ReadContext } from './read-result';
import { batchOrThrow, decodeText, emptyResult } from './read-result';
import type { DocumentRecord, EdgeRecord, NodeRecord } from './records';
import { readRecords } from './records';
import type { ImportFile, ImportParser } from './types';

/**
 * CSV: a nodes table and an edges table (and, from our exporter, a documents table), as separate files or
 * in one zip. Which table a file is comes from its name (`*nodes*`, `*edges*`, `*documents*`; also
 * entities/vertices, relations/links) or else from its header (`source` and `target` make an edges
 * table). Our exporter writes lists and evidence as JSON in their cells; Gephi's tables (`Id`, `Label`,
 * `Source`, `Target`, `Type`) are read as well, with the defaults of records.ts.
 */

type TableKind = 'nodes' | 'edges' | 'documents';

const NAME_PATTERNS: [TableKind, RegExp][] = [
  ['nodes', /nodes|entities|vertices/i],
  ['edges', /edges|relations|links/i],
  ['documents', /documents/i],
];

export const readCsv: FormatReader = (files, context) => {
  const tables = expandZips(files, context).map((file) => {
    const table = parseCsvTable(decodeText(file), file.name);
    return { file: file.name, table, kind: kindOf(file.name, table) };
  });
  if (!tables.some((t) => t.kind === 'nodes' || t.kind === 'edges')) {
    const names = files.map((f) => f.name).join(', ');
    throw new InvalidDataError(
      `${names}: (files): a CSV import needs a nodes table and/or an edges table, named like nodes.csv and edges.csv (or a zip holding them).`,
      files[0]?.name ?? '(csv)',
      '(files)',
    );
  }

  const nodes: NodeRecord[] = [];
  const edges: EdgeRecord[] = [];
  const documents: DocumentRecord[] = [];
  for (const { file, table, kind } of tables) {
    requireColumns(file, table, kind);
    for (const { line, cells } of table.rows) {
      const path = `line ${line}`;
      const lower = lowerCells(cells);
      if (kind === 'nodes') {
        nodes.push({ file, id: lower.id ?? '', attributes: cells, path });
      } else if (kind === 'edges') {
        const id = lower.id;
        edges.push({
          file,
          id: id === undefined || id === '' ? undefined : id,
          source: lower.source ?? '',
          target: lower.target ?? '',
          attributes: cells,
          path,
        });
      } else {
        documents.push({ file, attributes: cells, path });
      }
    }
  }
  const result = emptyResult();
  readRecords({ file: files[0]?.name ?? '(csv)', nodes, edges, documents }, result);
  return result;
};

function kindOf(name: string, table: CsvTable): TableKind {
  const base = name.split('/').pop() ?? name;
  for (const [kind, pattern] of NAME_PATTERNS) if (pattern.test(base)) return kind;
  const columns = new Set(table.columns.map((c) => c.toLowerCase()));
  if (columns.has('source') && columns.has('target')) return 'edges';
  if (columns.has('text') && columns.has('title')) return 'documents';
  return 'nodes';
}

const REQUIRED: Record<TableKind, string[]> = {
  nodes: ['id'],
  edges: ['source', 'target'],
  documents: ['id', 'title', 'text'],
};

function requireColumns(file: string, table: CsvTable, kind: TableKind): void {
  const columns = new Set(table.columns.map((c) => c.toLowerCase()));
  const missing = REQUIRED[kind].filter((c) => !columns.has(c));
  if (missing.length > 0) {
    throw new InvalidDataError(
      `${file}: line 1: a ${kind} table needs the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (the header has ${table.columns.join(', ') || 'nothing'}).`,
      file,
      'line 1',
    );
  }
}

function lowerCells(cells: Record<string, string>): Record<string, string | undefined> {
  const lower: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(cells)) lower[key.toLowerCase()] ??= value;
  return lower;
}

/** A zip's signature: "PK\x03\x04" (or "PK\x05\x06" for an empty archive). */
export function isZip(content: Uint8Array): boolean {
  return content[0] === 0x50 && content[1] === 0x4b && (content[2] === 0x03 || content[2] === 0x05);
}

/**
 * Replaces each zip by the CSV files it holds (named `archive.zip/nodes.csv`). Sizes are checked from the
 * zip's directory before anything is inflated, so a small zip cannot unpack into gigabytes.
 */
function expandZips(files: readonly ImportFile[], context: ReadContext): ImportFile[] {
  const out: ImportFile[] = [];
  for (const file of files) {
    if (!isZip(file.content)) {
      out.push(file);
      continue;
    }
    let unpacked = 0;
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(file.content, {
        filter: (entry) => {
          if (!entry.name.toLowerCase().endsWith('.csv') || entry.name.startsWith('__MACOSX/')) return false;
          unpacked += entry.originalSize;
          if (unpacked > context.maxBytes) {
            throw new ImportTooLargeError(
              `Import: ${file.name} unpacks to more than ${formatBytes(context.maxBytes)}, the limit; split the import or raise NEWSGRAPH_MAX_IMPORT_BYTES.`,
              context.maxBytes,
            );
          }
          return true;
        },
      });
    } catch (error) {
      if (error instanceof ImportTooLargeError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new InvalidDataError(
        `${file.name}: (zip): the zip cannot be read (${reason}).`,
        file.name,
        '(zip)',
      );
    }
    const names = Object.keys(entries).sort();
    if (names.length === 0) {
      throw new InvalidDataError(`${file.name}: (zip): the zip holds no .csv file.`, file.name, '(zip)');
    }
    for (const name of names) {
      const content = entries[name];
      if (content !== undefined) out.push({ name: `${file.name}/${name}`, content });
    }
  }
  return out;
}

/** Public: reads a CSV pair (nodes + edges, optionally documents) or a zip of them into one batch; throws InvalidDataError on the first problem. */
export const parseCsv: ImportParser = (files) =>
  batchOrThrow(readCsv(files, { maxBytes: Number.POSITIVE_INFINITY }));
