import type { ExportFile, ExportFormat } from './types';

/** The Content-Type of each format's file. */
const EXPORT_MIME_TYPES: Readonly<Record<ExportFormat, string>> = {
  JSON: 'application/json',
  CYTOSCAPE: 'application/json',
  GRAPHML: 'application/graphml+xml',
  GEXF: 'application/gexf+xml',
  CSV: 'application/zip',
  CYPHER: 'application/x-cypher-query',
};

/** The file extension of each format, without the dot (`.cyjs` is what Cytoscape desktop writes and reads). */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  JSON: 'json',
  CYTOSCAPE: 'cyjs',
  GRAPHML: 'graphml',
  GEXF: 'gexf',
  CSV: 'zip',
  CYPHER: 'cypher',
};

/** An ExportFile of `format`, named after `baseName` and typed from the tables above. */
export function exportFile(
  format: ExportFormat,
  baseName: string,
  content: string,
  encoding: ExportFile['encoding'] = 'utf8',
): ExportFile {
  return {
    format,
    mimeType: EXPORT_MIME_TYPES[format],
    filename: fileName(baseName, EXPORT_EXTENSIONS[format]),
    content,
    encoding,
  };
}

/**
 * The caller's base name made safe for a path and a Content-Disposition header (letters, digits, `.`,
 * `_` and `-`; accents dropped, anything else becomes `-`), then the extension.
 */
export function fileName(baseName: string, extension: string): string {
  const safe = baseName
    .normalize('NFKD')
    // Accents come off (é → e) rather than becoming separators.
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 120);
  return `${safe === '' ? 'newsgraph' : safe}.${extension}`;
}
