import type { Column } from './columns';
import { EDGE_COLUMNS, NODE_COLUMNS } from './columns';
import { exportFile } from './formats';
import type { Exporter, ExportInput } from './types';
import type { XmlNode } from './xml-text';
import { xmlAttribute, xmlDocument, xmlText } from './xml-text';

/**
 * GraphML (yEd, Gephi, Cytoscape desktop, NetworkX, igraph). Every attribute has its `<key>` declared
 * (for="graph"/"node"/"edge", attr.type string or int) before the graph; the graph is directed and may hold
 * parallel relations. Names and relation types are also written under the key `label`, which Gephi and
 * yEd show. List and object values (aliases, mentions, evidence, and the graph's documents) are JSON
 * text in string keys: GraphML has no list type, and JSON keeps them exact (see columns.ts).
 */
export const exportGraphml: Exporter = (input, options) =>
  exportFile('GRAPHML', options.baseName, toGraphml(input));

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** Key ids are `<for>_<name>`: unique across the three domains, readable in the file. */
const keyId = (domain: 'graph' | 'node' | 'edge', name: string) => `${domain}_${name}`;

export function toGraphml(input: ExportInput): string {
  const root = xmlDocument().ele(GRAPHML_NS, 'graphml', {
    'xmlns:xsi': XSI_NS,
    'xsi:schemaLocation': `${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`,
  });

  declareKey(root, 'graph', 'documents', 'string');
  declareKey(root, 'node', 'label', 'string');
  for (const column of NODE_COLUMNS) declareKey(root, 'node', column.name, column.type);
  declareKey(root, 'edge', 'label', 'string');
  for (const column of EDGE_COLUMNS) declareKey(root, 'edge', column.name, column.type);

  const graph = root.ele('graph', { id: 'newsgraph', edgedefault: 'directed' });
  // Graph data comes first: readers (graphology's among them) take only the <data> before the first node.
  data(graph, keyId('graph', 'documents'), JSON.stringify(input.documents));
  for (const node of input.subgraph.nodes) {
    const element = graph.ele('node', { id: xmlAttribute(node.id) });
    data(element, keyId('node', 'label'), node.name);
    writeColumns(element, 'node', NODE_COLUMNS, node);
  }
  for (const edge of input.subgraph.edges) {
    const element = graph.ele('edge', {
      id: xmlAttribute(edge.id),
      source: xmlAttribute(edge.source),
      target: xmlAttribute(edge.target),
    });
    data(element, keyId('edge', 'label'), edge.type);
    writeColumns(element, 'edge', EDGE_COLUMNS, edge);
  }
  return `${root.end({ prettyPrint: true })}\n`;
}

function declareKey(
  root: XmlNode,
  domain: 'graph' | 'node' | 'edge',
  name: string,
  type: Column<never>['type'],
) {
  root.ele('key', { id: keyId(domain, name), for: domain, 'attr.name': name, 'attr.type': type });
}

function writeColumns<T>(element: XmlNode, domain: 'node' | 'edge', columns: readonly Column<T>[], item: T) {
  for (const column of columns) {
    const value = column.value(item);
    if (value !== null) data(element, keyId(domain, column.name), String(value));
  }
}

function data(element: XmlNode, key: string, value: string): void {
  element.ele('data', { key }).txt(xmlText(value));
}
