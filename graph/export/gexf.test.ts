import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import type { Document } from '../model';
import { exportGexf, toGexf } from './gexf';
import { hostileInput } from './testing/hostile-input';
import { entityFrom, relationFrom } from './testing/read-back';
import { sampleInput } from './testing/sample-input';
import { xmllintProblems } from './testing/xmllint';
import type { ExportInput } from './types';

/** The file as graphology's GEXF reader (on @xmldom/xmldom) reads it; undeclared attributes would throw. */
function readBack(input: ExportInput) {
  return parse(MultiDirectedGraph, toGexf(input));
}

function contentOf(graph: ReturnType<typeof readBack>) {
  const meta = JSON.parse(String(graph.getAttribute('description'))) as { documents: Document[] };
  return {
    nodes: graph.mapNodes((id, attributes) => entityFrom(id, attributes)),
    edges: graph.mapEdges((id, attributes, source, target) => relationFrom(id, source, target, attributes)),
    documents: meta.documents,
  };
}

describe('GEXF export', () => {
  it('is a .gexf file of type application/gexf+xml', () => {
    expect(exportGexf(sampleInput(), { baseName: 'sample' })).toMatchObject({
      format: 'GEXF',
      mimeType: 'application/gexf+xml',
      filename: 'sample.gexf',
      encoding: 'utf8',
    });
  });

  it('is GEXF 1.3 in its namespace, and well-formed XML according to xmllint', () => {
    const xml = toGexf(sampleInput());
    expect(xml).toMatch(/<gexf xmlns="http:\/\/gexf\.net\/1\.3"[^>]* version="1\.3">/);
    expect(xmllintProblems(xml)).toBe('');
  });

  it('declares node and edge attributes, the degree as an integer', () => {
    const xml = toGexf(sampleInput());
    expect(xml).toContain('<attributes class="node" mode="static">');
    expect(xml).toContain('<attributes class="edge" mode="static">');
    expect(xml).toContain('<attribute id="degree" title="degree" type="integer"/>');
  });

  it('is a directed graph that graphology reads with every node, edge and parallel edge', () => {
    const graph = readBack(sampleInput());
    expect(graph.type).toBe('directed');
    expect(graph.order).toBe(13);
    expect(graph.size).toBe(15);
    expect(graph.edges('northwind-tv', 'late-hour')).toHaveLength(2);
    expect(graph.getNodeAttribute('northwind-tv', 'degree')).toBe(6);
  });

  it('labels nodes with their names and gives edges their relation type as label and kind', () => {
    const graph = readBack(sampleInput());
    expect(graph.getNodeAttribute('northwind-tv', 'label')).toBe('Northwind TV');
    expect(graph.getEdgeAttributes('ruiz-leads-ministry')).toMatchObject({ label: 'LEADS', kind: 'LEADS' });
  });

  it('carries the documents as JSON in the meta description, and says who wrote it', () => {
    const graph = readBack(sampleInput());
    expect(graph.getAttribute('creator')).toBe('newsgraph');
    expect(contentOf(graph).documents).toEqual(sampleInput().documents);
  });

  it('gives back the same entities, relations, evidence and documents', () => {
    const input = sampleInput();
    expect(contentOf(readBack(input))).toEqual({
      nodes: input.subgraph.nodes,
      edges: input.subgraph.edges,
      documents: input.documents,
    });
  });

  it('keeps hostile text exactly, in attribute values too, and stays well-formed', () => {
    const input = hostileInput();
    expect(xmllintProblems(toGexf(input))).toBe('');
    const graph = readBack(input);
    expect(contentOf(graph)).toEqual({
      nodes: input.subgraph.nodes,
      edges: input.subgraph.edges,
      documents: input.documents,
    });
    for (const node of input.subgraph.nodes) expect(graph.getNodeAttribute(node.id, 'label')).toBe(node.name);
  });
});
