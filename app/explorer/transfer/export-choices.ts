import { EXPORT_EXTENSIONS } from '@/graph/export/formats';
import { EXPORT_FORMATS } from '@/graph/export/types';
import type { ExportFormat } from '@/graph/export/types';

/**
 * What the explorer's Export dialog offers: the six data formats the server writes (the same exporters as
 * GraphQL and the CLI) and two pictures of the drawing that only the browser can make.
 */

/** A drawing of the canvas, made in the browser by Cytoscape. */
export type ImageFormat = 'PNG' | 'SVG';
export type ExportChoice = ExportFormat | ImageFormat;

export interface ExportChoiceInfo {
  value: ExportChoice;
  label: string;
  /** The file extension, without the dot. */
  extension: string;
  /** One line on who reads it. */
  hint: string;
}

/** Labels for every format: a Record, so a format added to EXPORT_FORMATS cannot be forgotten here. */
const DESCRIPTIONS: Readonly<Record<ExportChoice, Pick<ExportChoiceInfo, 'label' | 'hint'>>> = {
  JSON: { label: 'JSON', hint: 'newsgraph bundle with evidence; imports back' },
  CYTOSCAPE: { label: 'Cytoscape JSON', hint: 'Cytoscape desktop, cytoscape.js' },
  GRAPHML: { label: 'GraphML', hint: 'yEd, Gephi, NetworkX' },
  GEXF: { label: 'GEXF', hint: 'Gephi (GEXF 1.3)' },
  CSV: { label: 'CSV (zip)', hint: 'nodes, edges, documents for spreadsheets' },
  CYPHER: { label: 'Cypher', hint: 'a MERGE script for Neo4j' },
  PNG: { label: 'PNG', hint: 'a picture of the drawing' },
  SVG: { label: 'SVG', hint: 'the drawing as vector graphics' },
};

export const DATA_CHOICES: readonly ExportChoiceInfo[] = EXPORT_FORMATS.map((format) => ({
  value: format,
  extension: EXPORT_EXTENSIONS[format],
  ...DESCRIPTIONS[format],
}));

export const IMAGE_CHOICES: readonly ExportChoiceInfo[] = (['PNG', 'SVG'] as const).map((format) => ({
  value: format,
  extension: format.toLowerCase(),
  ...DESCRIPTIONS[format],
}));

export function isImageChoice(choice: ExportChoice): choice is ImageFormat {
  return choice === 'PNG' || choice === 'SVG';
}

/** The file extension of a choice, without the dot. */
export function choiceExtension(choice: ExportChoice): string {
  return isImageChoice(choice) ? choice.toLowerCase() : EXPORT_EXTENSIONS[choice];
}

/** The scale factors offered for a PNG or SVG. */
export const IMAGE_SCALES = [1, 2, 4] as const;
export type ImageScale = (typeof IMAGE_SCALES)[number];

/** The backgrounds offered for a picture: white paper, none, or the canvas colour of the current theme. */
export type ImageBackground = 'white' | 'transparent' | 'theme';

/**
 * `newsgraph-<scope>-<yyyy-mm-dd>.<ext>`, the date in the reader's own time zone (the day they saved it).
 * `scope` is `canvas` or what is selected (an entity or relation id, already a safe slug).
 */
export function exportFilename(scope: string, extension: string, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const safeScope = scope.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'export';
  return `newsgraph-${safeScope}-${day}.${extension}`;
}
