import type { Document, Subgraph } from '../model';

/**
 * The contract between the exporters (one pure module per format in this folder) and the three ways to
 * reach them (GraphQL `exportSubgraph`, `GET /api/export`, `npm run export`).
 */
export const EXPORT_FORMATS = ['JSON', 'CYTOSCAPE', 'GRAPHML', 'GEXF', 'CSV', 'CYPHER'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What is exported: a subgraph, and the documents its evidence points into (so evidence keeps its text). */
export interface ExportInput {
  subgraph: Subgraph;
  documents: Document[];
}

export interface ExportOptions {
  /** File name without extension, e.g. `newsgraph-nayib-bukele`; the exporter adds its extension. */
  baseName: string;
}

/** One file's worth of output. Binary content (the CSV zip) is base64 and says so. */
export interface ExportFile {
  format: ExportFormat;
  mimeType: string;
  filename: string;
  content: string;
  encoding: 'utf8' | 'base64';
}

/** A pure function from a subgraph to a file's content. */
export type Exporter = (input: ExportInput, options: ExportOptions) => ExportFile;
