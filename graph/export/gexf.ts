import type { Column } from './columns';
import { EDGE_COLUMNS, NODE_COLUMNS } from './columns';
import { exportFile } from './formats';
import type { Exporter, ExportInput } from './types';
import type { XmlNode } from './xml-text';
import { xmlAttribute, xmlDocument, xmlText } from './xml-text';

/**
 * GEXF 1.3 (Gephi). Node and edge attributes are declared in `<attributes class="node">` and
 * `class="edge"` (id = title = the column's name, so every reader sees the same names), and valued in
 * `<attvalues>`. A node's `label` is its name; an edge's `label` and `kind` are its relation type (Gephi
 * keeps parallel edges of different kinds apart). Lists and evidence are JSON text in string attributes
 * (see columns.ts).
 *
 * GEXF has no graph-level attributes, so the documents the evidence points into travel as JSON, the
 * object `{"documents": [...]}`, in `<meta><description>`: the one free-text field the schema allows
 * there. Our importer reads them from it; Gephi shows it as the graph's description.
 */
export const exportGexf: Exporter = (input, options) => exportFile('GEXF', options.baseName, toGexf(input));

const GEXF_NS = 'http://gexf.net/1.3';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** Our column types in GEXF's vocabulary. */
const GEXF_TYPES = { string: 'string', int: 'integer' } as const;

export function toGexf(input: ExportInput): string {
  const root = xmlDocument().ele(GEXF_NS, 'gexf', {
    'xmlns:xsi': XSI_NS,
    'xsi:schemaLocation': `${GEXF_NS} ${GEXF_NS}/gexf.xsd`,
    version: '1.3',
  });
  const meta = root.ele('meta');
  meta.ele('creator').txt('newsgraph');
  meta.ele('description').txt(xmlText(JSON.stringify({ documents: input.documents })));

  const graph = root.ele('graph', { defaultedgetype: 'directed', mode: 'static' });
  declareAttributes(graph, 'node', NODE_COLUMNS);
  declareAttributes(graph, 'edge', EDGE_COLUMNS);

  const nodes = graph.ele('nodes');
  for (const node of input.subgraph.nodes) {
    const element = nodes.ele('node', { id: xmlAttribute(node.id), label: xmlAttribute(node.name) });
    writeValues(element, NODE_COLUMNS, node);
  }
  const edges = graph.ele('edges');
  for (const edge of input.subgraph.edges) {
    const element = edges.ele('edge', {
      id: xmlAttribute(edge.id),
      source: xmlAttribute(edge.source),
      target: xmlAttribute(edge.target),
      label: xmlAttribute(edge.type),
      kind: xmlAttribute(edge.type),
    });
    writeValues(element, EDGE_COLUMNS, edge);
  }
  return `${root.end({ prettyPrint: true })}\n`;
}

function declareAttributes<T>(graph: XmlNode, kind: 'node' | 'edge', columns: readonly Column<T>[]): void {
  const attributes = graph.ele('attributes', { class: kind, mode: 'static' });
  for (const column of columns) {
    attributes.ele('attribute', { id: column.name, title: column.name, type: GEXF_TYPES[column.type] });
  }
}

function writeValues<T>(element: XmlNode, columns: readonly Column<T>[], item: T): void {
  const values = element.ele('attvalues');
  for (const column of columns) {
    const value = column.value(item);
    if (value !== null) values.ele('attvalue', { for: column.name, value: xmlAttribute(String(value)) });
  }
}
