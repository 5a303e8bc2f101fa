import { describe, expect, it } from 'vitest';
import { InvalidDataError } from '../errors';
import { parseGexf } from './gexf';
import { ADA, ENGINE, NOTES_DOCUMENT, refusal, SAID, textFile, thrown, WROTE } from './testing/files';

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const attr = (value: unknown) =>
  JSON.stringify(value)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/\n/g, '&#10;');
const text = (value: unknown) => JSON.stringify(value).replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A file as our exporter writes it: declared attributes, JSON lists, documents in meta/description. */
const OURS = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta>
    <creator>newsgraph</creator>
    <description>${text({ documents: [NOTES_DOCUMENT] })}</description>
  </meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node" mode="static">
      <attribute id="name" title="name" type="string"/>
      <attribute id="type" title="type" type="string"/>
      <attribute id="aliases" title="aliases" type="string"/>
      <attribute id="degree" title="degree" type="integer"/>
      <attribute id="mentions" title="mentions" type="string"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="type" title="type" type="string"/>
      <attribute id="role" title="role" type="string"/>
      <attribute id="evidence" title="evidence" type="string"/>
    </attributes>
    <nodes>
      <node id="ada-lovelace" label="Ada Lovelace">
        <attvalues>
          <attvalue for="name" value="Ada Lovelace"/>
          <attvalue for="type" value="Person"/>
          <attvalue for="aliases" value="${attr(['Ada'])}"/>
          <attvalue for="degree" value="1"/>
          <attvalue for="mentions" value="${attr([WROTE])}"/>
        </attvalues>
      </node>
      <node id="analytical-engine" label="Analytical Engine">
        <attvalues><attvalue for="type" value="Machine"/></attvalues>
      </node>
    </nodes>
    <edges>
      <edge id="ada-wrote-about-engine" source="ada-lovelace" target="analytical-engine" label="WROTE_ABOUT" kind="WROTE_ABOUT">
        <attvalues>
          <attvalue for="type" value="WROTE_ABOUT"/>
          <attvalue for="evidence" value="${attr([WROTE, SAID])}"/>
        </attvalues>
      </edge>
    </edges>
  </graph>
</gexf>
`;

/** What Gephi saves: numeric attribute ids with titles, labels, viz data, edge weights. */
const GEPHI = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta lastmodifieddate="2024-05-01"><creator>Gephi 0.10</creator><description>A graph of people</description></meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node" mode="static">
      <attribute id="0" title="Category" type="string"/>
    </attributes>
    <nodes>
      <node id="1" label="Ada Lovelace">
        <attvalues><attvalue for="0" value="mathematician"/></attvalues>
        <viz:size value="10.0"/><viz:position x="1.0" y="2.0"/><viz:color r="255" g="0" b="0"/>
      </node>
      <node id="2" label="Charles Babbage"/>
    </nodes>
    <edges>
      <edge id="0" source="1" target="2" weight="2.0"/>
    </edges>
  </graph>
</gexf>
`;

describe('parseGexf', () => {
  it('reads a file as our exporter writes it, documents from the meta description', () => {
    const batch = parseGexf([textFile('ours.gexf', OURS)]);
    expect(batch.documents).toEqual([NOTES_DOCUMENT]);
    expect(batch.entities).toEqual([ADA, ENGINE]);
    expect(batch.relations).toEqual([
      {
        id: 'ada-wrote-about-engine',
        type: 'WROTE_ABOUT',
        source: 'ada-lovelace',
        target: 'analytical-engine',
        statement: null,
        role: null,
        evidence: [WROTE, SAID],
      },
    ]);
  });

  it('reads the nodes of a Gephi file by label, with a titled attribute as the type', () => {
    const withoutEdges = GEPHI.replace(/<edges>[\s\S]*<\/edges>/, '');
    const batch = parseGexf([textFile('gephi.gexf', withoutEdges)]);
    expect(batch.documents).toEqual([]);
    expect(batch.entities.map((e) => [e.id, e.name, e.type])).toEqual([
      ['1', 'Ada Lovelace', 'Mathematician'],
      ['2', 'Charles Babbage', 'Entity'],
    ]);
  });

  it('refuses a Gephi edge, which has no evidence, naming it and its line', () => {
    const error = thrown(() => parseGexf([textFile('gephi.gexf', GEPHI)]));
    expect(error).toBeInstanceOf(InvalidDataError);
    expect(error).toMatchObject({
      source: 'gephi.gexf',
      path: `line ${lineOf(GEPHI, '<edge id')}, evidence`,
    });
    expect((error as Error).message).toContain('edge "0"');
  });

  describe('refuses', () => {
    const node = lineOf(OURS, '<node id="analytical-engine"');
    const cases: { name: string; text: string; path: string }[] = [
      {
        name: 'XML that is not well-formed, with its line',
        text: OURS.replace('</nodes>', '</node>'),
        path: `line ${lineOf(OURS, '</nodes>')}, column 5`,
      },
      { name: 'a root other than <gexf>', text: '<graphml><graph/></graphml>', path: '(top level)' },
      {
        name: 'a node id used twice',
        text: OURS.replace('id="analytical-engine"', 'id="ada-lovelace"'),
        path: `line ${node}`,
      },
      {
        name: 'documents in the description that are not JSON',
        text: OURS.replace('<description>{"documents":', '<description>{"documents": oops'),
        path: 'meta.description',
      },
    ];
    for (const { name, text: content, path } of cases) {
      it(name, () => {
        expect(refusal(parseGexf, 'bad.gexf', content).path).toContain(path);
      });
    }
  });
});
