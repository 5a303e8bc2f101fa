import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InvalidDataError } from '../errors';
import { detectFormat, groupByFormat, parseFormatName } from './detect';
import { textFile, thrown } from './testing/files';

describe('detectFormat', () => {
  const byName: [string, string][] = [
    ['a.graphml', 'GRAPHML'],
    ['a.GEXF', 'GEXF'],
    ['a.cyjs', 'CYTOSCAPE'],
    ['nodes.csv', 'CSV'],
    ['export.zip', 'CSV'],
  ];
  for (const [name, format] of byName) {
    it(`takes ${name} for ${format} by its extension`, () => {
      expect(detectFormat(textFile(name, ''))).toBe(format);
    });
  }

  it('tells our bundle from Cytoscape JSON by their keys, whichever comes first', () => {
    expect(detectFormat(textFile('a.json', '{"formatVersion": 1, "documents": []}'))).toBe('JSON');
    expect(detectFormat(textFile('a.json', '{"data": {"documents": []}, "elements": {}}'))).toBe('CYTOSCAPE');
    // A name quoting the other key is escaped inside its string, so it cannot mislead.
    expect(
      detectFormat(textFile('a.json', '{"data": {"name": "\\"elements\\": 1"}, "formatVersion": 1}')),
    ).toBe('JSON');
  });

  it('looks inside XML files for their root element', () => {
    expect(detectFormat(textFile('a.xml', '\uFEFF<?xml version="1.0"?>\n<graphml xmlns="x"/>'))).toBe(
      'GRAPHML',
    );
    expect(detectFormat(textFile('download', '<?xml version="1.0"?><gexf version="1.3"/>'))).toBe('GEXF');
  });

  it('knows a zip without its extension by its signature', () => {
    expect(detectFormat({ name: 'upload', content: zipSync({ 'nodes.csv': strToU8('id\n') }) })).toBe('CSV');
  });

  it('refuses a file in no format it knows, naming it', () => {
    const error = thrown(() => detectFormat(textFile('notes.txt', 'Ada Lovelace wrote notes.')));
    expect(error).toBeInstanceOf(InvalidDataError);
    expect(error).toMatchObject({ source: 'notes.txt', path: '(format)' });
  });
});

describe('groupByFormat', () => {
  it('reads loose CSV files as one graph and every other file alone', () => {
    const groups = groupByFormat([
      textFile('nodes.csv', 'id\n'),
      textFile('a.graphml', ''),
      textFile('edges.csv', 'source,target\n'),
      textFile('b.graphml', ''),
    ]);
    expect(groups.map((g) => [g.format, g.files.map((f) => f.name)])).toEqual([
      ['CSV', ['nodes.csv', 'edges.csv']],
      ['GRAPHML', ['a.graphml']],
      ['GRAPHML', ['b.graphml']],
    ]);
  });

  it('takes every file in the format it is given', () => {
    expect(groupByFormat([textFile('a.txt', '')], 'GEXF')).toEqual([
      { format: 'GEXF', files: [textFile('a.txt', '')] },
    ]);
  });
});

describe('parseFormatName', () => {
  it('accepts names in any case, and cyjs for Cytoscape', () => {
    expect(parseFormatName('graphml')).toBe('GRAPHML');
    expect(parseFormatName('cyjs')).toBe('CYTOSCAPE');
    expect(parseFormatName('cypher')).toBeUndefined();
  });
});
