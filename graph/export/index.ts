import { InvalidArgumentError, UnreachableCaseError } from '../errors';
import { exportCsv } from './csv';
import { exportCypher } from './cypher';
import { exportCytoscape } from './cytoscape';
import { exportGexf } from './gexf';
import { exportGraphml } from './graphml';
import { exportJson } from './json';
import type { ExportFile, ExportFormat, ExportInput, ExportOptions, Exporter } from './types';

export { EXPORT_FORMATS } from './types';
export type { ExportFile, ExportFormat, ExportInput, ExportOptions } from './types';
export { toCsvFiles } from './csv';

function exporterFor(format: ExportFormat): Exporter {
  switch (format) {
    case 'JSON':
      return exportJson;
    case 'CYTOSCAPE':
      return exportCytoscape;
    case 'GRAPHML':
      return exportGraphml;
    case 'GEXF':
      return exportGexf;
    case 'CSV':
      return exportCsv;
    case 'CYPHER':
      return exportCypher;
    default:
      throw new UnreachableCaseError(format);
  }
}

/**
 * Public entry point: the file of `input` in `format`, for GraphQL `exportSubgraph`, `GET /api/export`
 * and `npm run export` alike. Pure: it reads nothing and writes nothing. Throws InvalidArgumentError when
 * a relation joins an entity the export does not hold (every format would otherwise write a dangling edge,
 * which the GraphML and GEXF readers refuse).
 */
export function exportGraph(input: ExportInput, format: ExportFormat, options: ExportOptions): ExportFile {
  const exporter = exporterFor(format);
  requireClosed(input);
  return exporter(input, options);
}

function requireClosed({ subgraph }: ExportInput): void {
  const ids = new Set(subgraph.nodes.map((node) => node.id));
  for (const edge of subgraph.edges) {
    const missing = [edge.source, edge.target].find((id) => !ids.has(id));
    if (missing !== undefined) {
      throw new InvalidArgumentError(
        `export: relation ${edge.id} joins ${missing}, which is not among the exported entities; export a subgraph that holds both ends.`,
      );
    }
  }
}
