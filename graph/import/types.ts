import type { GraphBatch } from '../model';

/**
 * The contract between the importers (one parser module per format in this folder), the import service,
 * and the ways to reach it (`npm run import`, `POST /api/import`, the explorer's Import action).
 */
export const IMPORT_FORMATS = ['JSON', 'CYTOSCAPE', 'GRAPHML', 'GEXF', 'CSV'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One input file as bytes; `name` is used for format detection and in every error message. */
export interface ImportFile {
  name: string;
  content: Uint8Array;
}

/** Turns one file (or, for CSV, the nodes + edges pair or a zip of them) into a batch; throws InvalidDataError naming file and line/path. */
export type ImportParser = (files: readonly ImportFile[]) => GraphBatch;

/** How many items of one kind the import created, changed, found identical, or refused. */
export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ImportSummary {
  documents: ImportCounts;
  entities: ImportCounts;
  relations: ImportCounts;
}

/** Progress of a long import, reported by phase so a terminal bar or a UI indicator can show it. */
export interface ImportProgress {
  phase: 'parse' | 'validate' | 'compare' | 'write' | 'done';
  done: number;
  total: number;
}
