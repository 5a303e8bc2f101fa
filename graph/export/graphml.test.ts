import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import type { Document } from '../model';
import { exportGraphml, toGraphml } from './graphml';
import { contentOf } from './testing/export-input';
import { hostileInput } from './testing/hostile-input';
import { elementsFrom } from './testing/read-back';
import { expectWholeSample, sampleInput } from './testing/sample-input';
import { xmllintProblems } from './testing/xmllint';
import type { ExportInput } from './types';

/** The file as graphology's GraphML reader (on @xmldom/xmldom) reads it. */
function readBack(input: ExportInput) {
  return parse(MultiDirectedGraph, toGraphml(input));
}

/** The entities, relations and documents graphology read, as our objects. */
function readContent(graph: ReturnType<typeof readBack>) {
  return {
    ...elementsFrom(graph),
    documents: JSON.parse(String(graph.getAttribute('documents'))) as Document[],
  };
}

describe('GraphML export', () => {
  it('is a .graphml file of type application/graphml+xml', () => {
    expect(exportGraphml(sampleInput(), { baseName: 'sample' })).toMatchObject({
      format: 'GRAPHML',
      mimeType: 'application/graphml+xml',
      filename: 'sample.graphml',
      encoding: 'utf8',
    });
  });

  it('is well-formed XML according to xmllint', () => {
    expect(xmllintProblems(toGraphml(sampleInput()))).toBe('');
  });

  it('declares a <key> for every attribute it uses, with its domain and type', () => {
    const xml = toGraphml(sampleInput());
    const declared = new Set(
      [...xml.matchAll(/<key id="([^"]+)" for="(graph|node|edge)"/g)].map((m) => m[1]),
    );
    const used = new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
    expect([...used].filter((key) => !declared.has(key))).toEqual([]);
    expect(xml).toContain('<key id="node_degree" for="node" attr.name="degree" attr.type="int"/>');
    expect(xml).toContain('<key id="graph_documents" for="graph" attr.name="documents" attr.type="string"/>');
  });

  it('is a directed graph that graphology reads with every node, edge and parallel edge', () => {
    expectWholeSample(readBack(sampleInput()));
  });

  it('labels nodes with their names and edges with their relation types, as yEd and Gephi show them', () => {
    const graph = readBack(sampleInput());
    expect(graph.getNodeAttribute('northwind-tv', 'label')).toBe('Northwind TV');
    expect(graph.getEdgeAttribute('ruiz-leads-ministry', 'label')).toBe('LEADS');
  });

  it('types the degree as a number and leaves null fields out', () => {
    const graph = readBack(sampleInput());
    expect(graph.getNodeAttribute('northwind-tv', 'degree')).toBe(6);
    expect(graph.hasNodeAttribute('late-hour', 'description')).toBe(false);
    expect(graph.hasEdgeAttribute('northwind-pulled-late-hour', 'statement')).toBe(false);
  });

  it('gives back the same entities, relations, evidence and documents', () => {
    const input = sampleInput();
    expect(readContent(readBack(input))).toEqual(contentOf(input));
  });

  it('keeps hostile text exactly, and stays well-formed', () => {
    const input = hostileInput();
    expect(xmllintProblems(toGraphml(input))).toBe('');
    expect(readContent(readBack(input))).toEqual(contentOf(input));
  });

  it('stays well-formed when text holds characters XML cannot carry, putting U+FFFD in their place', () => {
    const input = sampleInput();
    const node = input.subgraph.nodes[0];
    if (node === undefined) throw new Error('sample: has nodes');
    node.name = 'Bell\u0007 and \uD800 lone';
    expect(xmllintProblems(toGraphml(input))).toBe('');
    expect(readBack(input).getNodeAttribute(node.id, 'name')).toBe('Bell\uFFFD and \uFFFD lone');
  });
});
