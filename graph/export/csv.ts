import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import { toBase64 } from './base64';
import type { Column } from './columns';
import { DOCUMENT_COLUMNS, EDGE_COLUMNS, NODE_COLUMNS } from './columns';
import { exportFile } from './formats';
import type { Exporter, ExportInput } from './types';

/**
 * CSV, as spreadsheets and Gephi's and Cytoscape's table importers read it: `nodes.csv` (id first, then
 * the node columns), `edges.csv` (id, source, target, then the edge columns) and `documents.csv`, each
 * with a header row. RFC 4180: CRLF after every record, fields holding a comma, a quote, CR or LF are
 * quoted, quotes doubled. Lists and evidence are JSON in a cell; null is an empty cell (see columns.ts).
 * UTF-8 without a byte-order mark.
 *
 * The export is one zip of the three files (base64, since an ExportFile is a string); `toCsvFiles`
 * gives the texts for those who want the files side by side.
 */
export const exportCsv: Exporter = (input, options) => {
  const files = toCsvFiles(input);
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])),
    { level: 6 },
  );
  return exportFile('CSV', options.baseName, toBase64(zip), 'base64');
};

/** The file names inside the zip, which the importer looks for. */
export const CSV_FILE_NAMES = ['nodes.csv', 'edges.csv', 'documents.csv'] as const;
export type CsvFileName = (typeof CSV_FILE_NAMES)[number];

/** Public: the three CSV texts of an export, by file name. */
export function toCsvFiles(input: ExportInput): Record<CsvFileName, string> {
  return {
    'nodes.csv': table(
      [{ name: 'id', type: 'string', value: (n) => n.id }, ...NODE_COLUMNS],
      input.subgraph.nodes,
    ),
    'edges.csv': table(
      [
        { name: 'id', type: 'string', value: (r) => r.id },
        { name: 'source', type: 'string', value: (r) => r.source },
        { name: 'target', type: 'string', value: (r) => r.target },
        ...EDGE_COLUMNS,
      ],
      input.subgraph.edges,
    ),
    'documents.csv': table(DOCUMENT_COLUMNS, input.documents),
  };
}

function table<T>(columns: readonly Column<T>[], items: readonly T[]): string {
  return stringify(
    items.map((item) => columns.map((column) => column.value(item))),
    {
      header: true,
      columns: columns.map((column) => column.name),
      record_delimiter: 'windows',
      // Given a record delimiter, csv-stringify would quote only fields holding that exact sequence;
      // RFC 4180 (and every reader) wants any field with CR or LF quoted.
      quote_record_delimiter: true,
    },
  );
}
