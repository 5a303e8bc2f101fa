/**
 * Public surface of the importers: the import service, the one-format parsers, detection, limits and
 * the error an import is refused with. Entry points (the CLI, `POST /api/import`) import from here.
 */
export { importGraph } from './import-graph';
export type { ImportOptions } from './import-graph';
export { ImportRejectedError, MAX_LISTED_PROBLEMS } from './errors';
export type { ImportProblem } from './read-result';
export { detectFormat, groupByFormat, parseFormatName } from './detect';
export {
  assertWithinByteLimit,
  DEFAULT_MAX_IMPORT_BYTES,
  DEFAULT_MAX_IMPORT_ITEMS,
  ImportTooLargeError,
  resolveImportLimits,
} from './limits';
export type { ImportLimits } from './limits';
export { parseJsonBundle } from './json';
export { parseCytoscape } from './cytoscape';
export { parseGraphml } from './graphml';
export { parseGexf } from './gexf';
export { parseCsv } from './csv';
export { IMPORT_FORMATS } from './types';
export type {
  ImportCounts,
  ImportFile,
  ImportFormat,
  ImportParser,
  ImportProgress,
  ImportSummary,
} from './types';
