import { InvalidArgumentError, InvalidDataError } from '../errors';
import { isZip } from './csv';
import type { ImportFile, ImportFormat } from './types';
import { IMPORT_FORMATS } from './types';

/**
 * Which format a file is in: from its extension when that is unambiguous (`.graphml`, `.gexf`, `.cyjs`,
 * `.csv`, `.zip`), otherwise from its first bytes: `<graphml` / `<gexf` for XML, `"formatVersion"` (our
 * bundle) or `"elements"` (Cytoscape) for JSON, the zip signature for a zipped CSV pair.
 */
export function detectFormat(file: ImportFile): ImportFormat {
  const extension = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase();
  switch (extension) {
    case 'graphml':
      return 'GRAPHML';
    case 'gexf':
      return 'GEXF';
    case 'cyjs':
      return 'CYTOSCAPE';
    case 'csv':
    case 'zip':
      return 'CSV';
    default:
      break;
  }
  const sniffed = sniff(file);
  if (sniffed !== undefined) return sniffed;
  throw new InvalidDataError(
    `${file.name}: (format): cannot tell the format of the file. Name it .json (our bundle or Cytoscape JSON), .cyjs, .graphml, .gexf, .csv or .zip, or give the format (${IMPORT_FORMATS.join(', ')}).`,
    file.name,
    '(format)',
  );
}

/** How much of a file sniffing reads for XML: the root element comes within the first few hundred bytes. */
const XML_HEAD = 4096;

function sniff(file: ImportFile): ImportFormat | undefined {
  if (isZip(file.content)) return 'CSV';
  const head = new TextDecoder()
    .decode(file.content.subarray(0, XML_HEAD))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('<')) {
    if (/<(?:\w+:)?graphml[\s>]/.test(head)) return 'GRAPHML';
    if (/<(?:\w+:)?gexf[\s>]/.test(head)) return 'GEXF';
    return undefined;
  }
  if (head.startsWith('{')) {
    // The key may come after a long `data` object, so the whole text is searched. Escaped quotes inside
    // strings cannot match, so only a key (or the bare string) can; whichever comes first decides.
    const text = new TextDecoder().decode(file.content);
    const bundle = text.search(/"formatVersion"\s*:/);
    const cytoscape = text.search(/"elements"\s*:/);
    if (bundle >= 0 && (cytoscape < 0 || bundle < cytoscape)) return 'JSON';
    if (cytoscape >= 0) return 'CYTOSCAPE';
  }
  return undefined;
}

export interface FormatGroup {
  format: ImportFormat;
  files: ImportFile[];
}

/**
 * Groups files by format for the readers: each JSON, Cytoscape, GraphML and GEXF file alone, every loose
 * CSV file together (a nodes file and its edges file are read as one graph), each zip on its own. With
 * `format` given, every file is taken to be in it (and CSV files still form one group).
 */
export function groupByFormat(files: readonly ImportFile[], format?: ImportFormat): FormatGroup[] {
  if (files.length === 0) throw new InvalidArgumentError('Import: give at least one file.');
  const groups: FormatGroup[] = [];
  let looseCsv: FormatGroup | undefined;
  for (const file of files) {
    const detected = format ?? detectFormat(file);
    if (detected === 'CSV' && !isZip(file.content)) {
      if (looseCsv === undefined) {
        looseCsv = { format: 'CSV', files: [] };
        groups.push(looseCsv);
      }
      looseCsv.files.push(file);
    } else {
      groups.push({ format: detected, files: [file] });
    }
  }
  return groups;
}

/** Parses a format name as a person types it (`graphml`, `GraphML`, `cyjs`); undefined when it names none. */
export function parseFormatName(name: string): ImportFormat | undefined {
  const upper = name.trim().toUpperCase();
  if (upper === 'CYJS') return 'CYTOSCAPE';
  return IMPORT_FORMATS.find((f) => f === upper);
}
