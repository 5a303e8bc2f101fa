import { readCsv } from './csv';
import { readCytoscape } from './cytoscape';
import { readGexf } from './gexf';
import { readGraphml } from './graphml';
import { readJsonBundles } from './json';
import type { FormatReader } from './read-result';
import type { ImportFormat } from './types';

/** The reader of each import format; one module per format, all sharing the record mapping of records.ts. */
export const READERS: Record<ImportFormat, FormatReader> = {
  JSON: readJsonBundles,
  CYTOSCAPE: readCytoscape,
  GRAPHML: readGraphml,
  GEXF: readGexf,
  CSV: readCsv,
};
