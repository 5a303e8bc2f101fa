import type { Document, Evidence } from '../model';
import { exportFile } from './formats';
import type { Exporter, ExportInput } from './types';

/**
 * Cytoscape JSON (`.cyjs`): the `elements` shape both cytoscape.js (`cytoscape({ elements })`) and
 * Cytoscape desktop (File › Import › Network from File) read: nodes and edges with their fields under
 * `data`, `data.id` on every element, and `interaction` on edges, the column Cytoscape desktop names the
 * relation by. Lists and evidence stay real JSON; the documents the evidence points into go in the
 * top-level `data.documents` (network attributes), so that every sentence keeps its text.
 */
export const exportCytoscape: Exporter = (input, options) =>
  exportFile(
    'CYTOSCAPE',
    options.baseName,
    `${JSON.stringify(toCytoscapeJson(input, options.baseName), null, 2)}\n`,
  );

interface CytoscapeNodeData {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  description: string | null;
  degree: number;
  mentions: Evidence[];
}

interface CytoscapeEdgeData {
  id: string;
  source: string;
  target: string;
  /** The relation type, under the name Cytoscape desktop gives an edge's kind. */
  interaction: string;
  type: string;
  statement: string | null;
  role: string | null;
  evidence: Evidence[];
}

export interface CytoscapeJson {
  format_version: '1.0';
  generated_by: 'newsgraph';
  target_cytoscapejs_version: '~3.34';
  data: { name: string; truncated: boolean; documents: Document[] };
  elements: {
    nodes: { data: CytoscapeNodeData }[];
    edges: { data: CytoscapeEdgeData }[];
  };
}

/** The Cytoscape JSON object of an export. Public for tests and for code that hands it to cytoscape.js. */
function toCytoscapeJson(input: ExportInput, name = 'newsgraph'): CytoscapeJson {
  return {
    format_version: '1.0',
    generated_by: 'newsgraph',
    target_cytoscapejs_version: '~3.34',
    data: { name, truncated: input.subgraph.truncated, documents: input.documents.map((d) => ({ ...d })) },
    elements: {
      nodes: input.subgraph.nodes.map((n) => ({
        data: {
          id: n.id,
          name: n.name,
          type: n.type,
          aliases: [...n.aliases],
          description: n.description,
          degree: n.degree,
          mentions: n.mentions.map((m) => ({ ...m })),
        },
      })),
      edges: input.subgraph.edges.map((r) => ({
        data: {
          id: r.id,
          source: r.source,
          target: r.target,
          interaction: r.type,
          type: r.type,
          statement: r.statement,
          role: r.role,
          evidence: r.evidence.map((e) => ({ ...e })),
        },
      })),
    },
  };
}
