import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import type { Document } from '../model';
import { exportGexf, toGexf } from './gexf';
import { contentOf } from './testing/export-input';
import { hostileInput } from './testing/hostile-input';
import { elementsFrom } from './testing/read-back';
import { expectWholeSample, sampleInput } from './testing/sample-input';
import { xmllintProblems } from './testing/xmllint';
import type { ExportInput } from './types';

/** The file as graphology's GEXF reader (on @xmldom/xmldom) reads it; undeclared attributes would throw. */
function readBack(input: ExportInput) {
  return parse(MultiDirectedGraph, toGexf(input));
}

function readContent(graph: ReturnType<typeof readBack>) {
  const meta = JSON.parse(String(graph.getAttribute('description'))) as { documents: Document[] };
  return { ...elementsFrom(graph), documents: meta.documents };
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
    expectWholeSample(graph);
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
    expect(readContent(graph).documents).toEqual(sampleInput().documents);
  });

  it('gives back the same entities, relations, evidence and documents', () => {
    const input = sampleInput();
    expect(readContent(readBack(input))).toEqual(contentOf(input));
  });

  it('keeps hostile text exactly, in attribute values too, and stays well-formed', () => {
    const input = hostileInput();
    expect(xmllintProblems(toGexf(input))).toBe('');
    const graph = readBack(input);
    expect(readContent(graph)).toEqual(contentOf(input));
    for (const node of input.subgraph.nodes) expect(graph.getNodeAttribute(node.id, 'label')).toBe(node.name);
  });
});
