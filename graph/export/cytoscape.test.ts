import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { CytoscapeJson } from './cytoscape';
import { exportCytoscape } from './cytoscape';
import { hostileInput } from './testing/hostile-input';
import { sampleInput } from './testing/sample-input';
import type { ExportInput } from './types';

/** The export as a reader gets it: the file's text parsed, not the object we built. */
function exported(input: ExportInput): CytoscapeJson {
  return JSON.parse(exportCytoscape(input, { baseName: 'sample' }).content) as CytoscapeJson;
}

describe('Cytoscape JSON export', () => {
  it('is a .cyjs JSON file', () => {
    expect(exportCytoscape(sampleInput(), { baseName: 'sample' })).toMatchObject({
      format: 'CYTOSCAPE',
      mimeType: 'application/json',
      filename: 'sample.cyjs',
      encoding: 'utf8',
    });
  });

  it('says what wrote it and for which cytoscape.js, and names the network', () => {
    expect(exported(sampleInput())).toMatchObject({
      format_version: '1.0',
      generated_by: 'newsgraph',
      target_cytoscapejs_version: '~3.34',
      data: { name: 'sample' },
    });
  });

  it('loads into cytoscape.js with every node and edge', () => {
    const cy = cytoscape({ headless: true, elements: exported(sampleInput()).elements });
    expect(cy.nodes()).toHaveLength(13);
    expect(cy.edges()).toHaveLength(15);
    expect(cy.getElementById('northwind-tv').data('degree')).toBe(6);
    // The parallel pair from Northwind TV to The Late Hour stays two edges.
    expect(cy.getElementById('northwind-tv').edgesTo(cy.getElementById('late-hour'))).toHaveLength(2);
    cy.destroy();
  });

  it('gives Cytoscape desktop what it reads: data.id on every element and interaction on edges', () => {
    const { elements } = exported(sampleInput());
    expect(elements.nodes.every((n) => typeof n.data.id === 'string')).toBe(true);
    const edge = elements.edges.find((e) => e.data.id === 'ruiz-leads-ministry');
    expect(edge?.data).toMatchObject({
      source: 'ana-ruiz',
      target: 'ministry-of-culture',
      interaction: 'LEADS',
      type: 'LEADS',
      role: 'Minister of Culture',
    });
  });

  it('keeps every field of entities and relations, evidence included, and the documents in data.documents', () => {
    const input = sampleInput();
    const json = exported(input);
    expect(json.elements.nodes.map((n) => n.data)).toEqual(input.subgraph.nodes);
    expect(
      json.elements.edges.map(({ data: { interaction, ...relation } }) => {
        expect(interaction).toBe(relation.type);
        return relation;
      }),
    ).toEqual(input.subgraph.edges);
    expect(json.data.documents).toEqual(input.documents);
  });

  it('keeps hostile text exactly, as cytoscape.js reads it', () => {
    const input = hostileInput();
    const json = exported(input);
    const cy = cytoscape({ headless: true, elements: json.elements });
    for (const node of input.subgraph.nodes) {
      const data: unknown = cy.getElementById(node.id).data();
      expect(data).toEqual(node);
    }
    for (const edge of input.subgraph.edges) {
      const data: unknown = cy.getElementById(edge.id).data();
      expect(data).toEqual({ ...edge, interaction: edge.type });
    }
    expect(json.data.documents).toEqual(input.documents);
    cy.destroy();
  });
});
