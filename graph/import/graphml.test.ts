import { describe, expect, it } from 'vitest';
import { InvalidDataError } from '../errors';
import { parseGraphml, readGraphml } from './graphml';
import {
  ADA,
  ADA_SAID,
  ENGINE,
  NOTES_DOCUMENT,
  refusal,
  SAID,
  textFile,
  thrown,
  WROTE,
} from './testing/files';

/** The 1-based line of `text` on which `needle` first occurs. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

const json = (value: unknown) => JSON.stringify(value).replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A file as our exporter writes it: keys declared, lists and evidence as JSON text, documents on the graph. */
const OURS = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="graph_documents" for="graph" attr.name="documents" attr.type="string"/>
  <key id="node_label" for="node" attr.name="label" attr.type="string"/>
  <key id="node_name" for="node" attr.name="name" attr.type="string"/>
  <key id="node_type" for="node" attr.name="type" attr.type="string"/>
  <key id="node_aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="node_degree" for="node" attr.name="degree" attr.type="int"/>
  <key id="node_mentions" for="node" attr.name="mentions" attr.type="string"/>
  <key id="edge_label" for="edge" attr.name="label" attr.type="string"/>
  <key id="edge_type" for="edge" attr.name="type" attr.type="string"/>
  <key id="edge_statement" for="edge" attr.name="statement" attr.type="string"/>
  <key id="edge_evidence" for="edge" attr.name="evidence" attr.type="string"/>
  <graph id="newsgraph" edgedefault="directed">
    <data key="graph_documents">${json([NOTES_DOCUMENT])}</data>
    <node id="ada-lovelace">
      <data key="node_label">Ada Lovelace</data>
      <data key="node_name">Ada Lovelace</data>
      <data key="node_type">Person</data>
      <data key="node_aliases">["Ada", "Countess of Lovelace"]</data>
      <data key="node_degree">1</data>
      <data key="node_mentions">${json([WROTE, SAID])}</data>
    </node>
    <node id="analytical-engine">
      <data key="node_name">Analytical Engine</data>
      <data key="node_type">Machine</data>
    </node>
    <edge id="ada-said-engine-could-compose" source="ada-lovelace" target="analytical-engine">
      <data key="edge_label">SAID</data>
      <data key="edge_type">SAID</data>
      <data key="edge_statement">It could compose music.</data>
      <data key="edge_evidence">${json([SAID])}</data>
    </edge>
  </graph>
</graphml>
`;

/** What yEd saves: labels inside its graphics, no types, no evidence. */
const YED = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d5" attr.name="description" attr.type="string"/>
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0">
      <data key="d5">A mathematician</data>
      <data key="d6">
        <y:ShapeNode>
          <y:Geometry height="30.0" width="30.0" x="0.0" y="0.0"/>
          <y:NodeLabel alignment="center">Ada Lovelace</y:NodeLabel>
        </y:ShapeNode>
      </data>
    </node>
    <node id="n1">
      <data key="d6"><y:ShapeNode><y:NodeLabel>Charles Babbage</y:NodeLabel></y:ShapeNode></data>
    </node>
    <edge id="e0" source="n0" target="n1">
      <data key="d10"><y:PolyLineEdge><y:EdgeLabel>knew</y:EdgeLabel></y:PolyLineEdge></data>
    </edge>
  </graph>
</graphml>
`;

/** What Gephi saves: numeric ids, a label, its own attributes (ignored). */
const GEPHI = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key attr.name="label" attr.type="string" for="node" id="label"/>
  <key attr.name="Modularity Class" attr.type="int" for="node" id="modularity_class"/>
  <key attr.name="r" attr.type="int" for="node" id="r"/>
  <key attr.name="g" attr.type="int" for="node" id="g"/>
  <key attr.name="b" attr.type="int" for="node" id="b"/>
  <key attr.name="Type" attr.type="string" for="node" id="type"/>
  <graph edgedefault="undirected">
    <node id="0"><data key="label">Ada Lovelace</data><data key="type">person</data><data key="r">153</data><data key="g">0</data><data key="b">0</data><data key="modularity_class">0</data></node>
    <node id="1"><data key="label">Analytical Engine</data><data key="type">machine part</data></node>
  </graph>
</graphml>
`;

describe('parseGraphml', () => {
  it('reads a file as our exporter writes it: entities, relations with evidence, documents', () => {
    const batch = parseGraphml([textFile('ours.graphml', OURS)]);
    expect(batch.documents).toEqual([NOTES_DOCUMENT]);
    expect(batch.entities).toEqual([
      { ...ADA, aliases: ['Ada', 'Countess of Lovelace'], mentions: [WROTE, SAID] },
      ENGINE,
    ]);
    expect(batch.relations).toEqual([ADA_SAID]);
  });

  it('reads the nodes of a yEd file with their labels, as entities of type Entity', () => {
    const { batch } = readGraphml([textFile('yed.graphml', YED)], { maxBytes: 1e6 });
    expect(batch.entities.map((e) => [e.id, e.name, e.type, e.description])).toEqual([
      ['n0', 'Ada Lovelace', 'Entity', 'A mathematician'],
      ['n1', 'Charles Babbage', 'Entity', null],
    ]);
  });

  it('refuses an edge without evidence, naming the edge and its line', () => {
    const { problems } = readGraphml([textFile('yed.graphml', YED)], { maxBytes: 1e6 });
    expect(problems).toHaveLength(1);
    const line = lineOf(YED, '<edge id="e0"');
    expect(problems[0]).toMatchObject({
      file: 'yed.graphml',
      path: `line ${line}, evidence`,
      kind: 'relations',
    });
    expect(problems[0]?.message).toContain('"e0"');
    const error = thrown(() => parseGraphml([textFile('yed.graphml', YED)]));
    expect(error).toBeInstanceOf(InvalidDataError);
    expect(error).toMatchObject({ source: 'yed.graphml', path: `line ${line}, evidence` });
  });

  it('reads a Gephi file: labels as names, types made PascalCase, colours and classes left out', () => {
    const batch = parseGraphml([textFile('gephi.graphml', GEPHI)]);
    expect(batch.entities).toEqual([
      { id: '0', name: 'Ada Lovelace', type: 'Person', aliases: [], description: null, mentions: [] },
      {
        id: '1',
        name: 'Analytical Engine',
        type: 'MachinePart',
        aliases: [],
        description: null,
        mentions: [],
      },
    ]);
  });

  it('makes ids that are not slugs into slugs, and the edges still meet their nodes', () => {
    const file = OURS.replaceAll('"ada-lovelace"', '"Ada Lovelace"').replaceAll(
      '"analytical-engine"',
      '"Analytical Engine!"',
    );
    const batch = parseGraphml([textFile('ids.graphml', file)]);
    expect(batch.entities.map((e) => e.id)).toEqual(['ada-lovelace', 'analytical-engine']);
    expect(batch.relations[0]).toMatchObject({ source: 'ada-lovelace', target: 'analytical-engine' });
  });

  it('gives an edge without an id one made of its ends and type', () => {
    const batch = parseGraphml([
      textFile('noid.graphml', OURS.replace(' id="ada-said-engine-could-compose"', '')),
    ]);
    expect(batch.relations.map((r) => r.id)).toEqual(['ada-lovelace-said-analytical-engine']);
  });

  describe('refuses', () => {
    const cases: { name: string; text: string; path: string }[] = [
      {
        name: 'XML that is not well-formed, with line and column',
        text: OURS.replace('<node id="analytical-engine">', '<node id="analytical-engine>'),
        path: `line ${lineOf(OURS, '<node id="analytical-engine">')}, column 5`,
      },
      { name: 'a root other than <graphml>', text: '<gexf><graph/></gexf>', path: '(top level)' },
      {
        name: 'a node id used twice, with the second line',
        text: OURS.replace('id="analytical-engine"', 'id="ada-lovelace"'),
        path: `line ${lineOf(OURS, '<node id="analytical-engine">')}`,
      },
      {
        name: 'an evidence list that is not JSON',
        text: OURS.replace(json([SAID]), '[{oops'),
        path: `line ${lineOf(OURS, '<edge ')}, evidence`,
      },
      {
        name: 'an entity type that cannot be made PascalCase',
        text: OURS.replace('>Machine<', '>42<'),
        path: `line ${lineOf(OURS, '<node id="analytical-engine">')}, type`,
      },
      {
        name: 'an evidence span whose end does not match its sentence',
        text: OURS.replace(json([SAID]), json([{ ...SAID, end: SAID.end + 1 }])),
        path: `line ${lineOf(OURS, '<edge ')}, evidence[0].end`,
      },
    ];
    for (const { name, text, path } of cases) {
      it(name, () => {
        expect(refusal(parseGraphml, 'bad.graphml', text)).toMatchObject({ path });
      });
    }
  });
});
