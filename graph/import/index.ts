/**
 * Public surface of the importers: the import service, format names, limits and the error an import is
 * refused with. Entry points (the CLI, `POST /api/import`) import from here; the one-format parsers and
 * detection are reached through the service.
 */
export { importGraph } from './import-graph';
export { ImportRejectedError } from './errors';
export { parseFormatName } from './detect';
export { assertWithinByteLimit, ImportTooLargeError } from './limits';
export type { ImportLimits } from './limits';
export { IMPORT_FORMATS } from './types';
export type { ImportFile, ImportFormat, ImportProgress, ImportSummary } from './types';
