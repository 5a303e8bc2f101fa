import { describe, expect, it } from 'vitest';
import { parseCytoscape, readCytoscape } from './cytoscape';
import { ADA, ADA_SAID, NOTES_DOCUMENT, refusal, SAID, textFile, WROTE } from './testing/files';

const OURS = {
  format_version: '1.0',
  generated_by: 'newsgraph',
  data: { name: 'newsgraph', documents: [NOTES_DOCUMENT] },
  elements: {
    nodes: [
      {
        data: {
          id: 'ada-lovelace',
          name: 'Ada Lovelace',
          type: 'Person',
          aliases: ['Ada'],
          description: 'Mathematician',
          degree: 1,
          mentions: [WROTE],
        },
        position: { x: 10, y: 20 },
      },
      {
        data: {
          id: 'analytical-engine',
          name: 'Analytical Engine',
          type: 'Machine',
          aliases: [],
          description: null,
          degree: 1,
          mentions: [],
        },
      },
    ],
    edges: [
      {
        data: {
          id: 'ada-said-engine-could-compose',
          source: 'ada-lovelace',
          target: 'analytical-engine',
          interaction: 'SAID',
          type: 'SAID',
          statement: 'It could compose music.',
          role: null,
          evidence: [SAID],
        },
      },
    ],
  },
};

/** What Cytoscape desktop writes (.cyjs): SUIDs, shared names, an interaction, no types. */
const DESKTOP = {
  format_version: '1.0',
  generated_by: 'cytoscape-3.10.2',
  target_cytoscapejs_version: '~2.1',
  data: { shared_name: 'Network', name: 'Network', SUID: 52, selected: true },
  elements: {
    nodes: [
      {
        data: { id: '104', shared_name: 'Ada Lovelace', name: 'Ada Lovelace', SUID: 104, selected: false },
        position: { x: 0, y: 0 },
      },
      {
        data: {
          id: '105',
          shared_name: 'Charles Babbage',
          name: 'Charles Babbage',
          SUID: 105,
          selected: false,
        },
      },
    ],
    edges: [],
  },
};

const file = (value: unknown) => textFile('g.cyjs', JSON.stringify(value, null, 2));

describe('parseCytoscape', () => {
  it('reads a file as our exporter writes it, documents from the network data', () => {
    const batch = parseCytoscape([file(OURS)]);
    expect(batch.documents).toEqual([NOTES_DOCUMENT]);
    expect(batch.entities[0]).toEqual({ ...ADA, description: 'Mathematician' });
    expect(batch.relations).toEqual([ADA_SAID]);
  });

  it('reads elements given as one array, as cy.json() writes them', () => {
    const flat = {
      ...OURS,
      elements: [...OURS.elements.nodes.map((n) => ({ group: 'nodes', ...n })), ...OURS.elements.edges],
    };
    const batch = parseCytoscape([file(flat)]);
    expect(batch.entities).toHaveLength(2);
    expect(batch.relations).toHaveLength(1);
  });

  it('reads Cytoscape desktop’s nodes by name, as entities of type Entity', () => {
    const batch = parseCytoscape([file(DESKTOP)]);
    expect(batch.entities.map((e) => [e.id, e.name, e.type])).toEqual([
      ['104', 'Ada Lovelace', 'Entity'],
      ['105', 'Charles Babbage', 'Entity'],
    ]);
  });

  it('takes the relation type from the interaction when there is no type, and refuses an edge without evidence', () => {
    const edge = { data: { id: 'e1', source: '104', target: '105', interaction: 'interacts with' } };
    const read = readCytoscape([file({ ...DESKTOP, elements: { ...DESKTOP.elements, edges: [edge] } })], {
      maxBytes: 1e6,
    });
    expect(read.problems).toEqual([
      expect.objectContaining({ file: 'g.cyjs', path: 'elements.edges[0].data.evidence', kind: 'relations' }),
    ]);
    const withEvidence = { data: { ...edge.data, evidence: [WROTE] } };
    const batch = parseCytoscape([
      file({ ...DESKTOP, elements: { ...DESKTOP.elements, edges: [withEvidence] } }),
    ]);
    expect(batch.relations[0]).toMatchObject({
      id: 'e1',
      type: 'INTERACTS_WITH',
      source: '104',
      target: '105',
    });
  });

  describe('refuses', () => {
    const cases: { name: string; text: string; path: string }[] = [
      {
        name: 'invalid JSON, with line and column',
        text: '{\n  "elements": {},\n}',
        path: '(line 3, column 1)',
      },
      { name: 'a file without elements', text: JSON.stringify({ data: {} }), path: 'elements' },
      {
        name: 'an edge without a target',
        text: JSON.stringify({ elements: { edges: [{ data: { id: 'e', source: 'a' } }] } }),
        path: 'elements.edges[0].data.target',
      },
      {
        name: 'a mention with a negative start',
        text: JSON.stringify({
          ...OURS,
          elements: {
            ...OURS.elements,
            nodes: [{ data: { ...OURS.elements.nodes[0]?.data, mentions: [{ ...WROTE, start: -1 }] } }],
          },
        }),
        path: 'elements.nodes[0].data.mentions[0].start',
      },
    ];
    for (const { name, text, path } of cases) {
      it(name, () => {
        expect(refusal(parseCytoscape, 'bad.cyjs', text)).toMatchObject({ path });
      });
    }
  });
});
