import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InvalidDataError } from '../errors';
import { parseCsv, readCsv } from './csv';
import { ImportTooLargeError } from './limits';
import { ADA, ADA_SAID, NOTES_DOCUMENT, SAID, textFile, thrown, WROTE } from './testing/files';

/** RFC 4180 quoting: fields in quotes, quotes doubled. */
const cell = (value: string) => `"${value.replace(/"/g, '""')}"`;
const row = (...values: string[]) => values.map(cell).join(',');

const NODES = [
  'id,name,type,aliases,description,degree,mentions',
  row(
    'ada-lovelace',
    'Ada "Countess" Lovelace, née Byron',
    'Person',
    '["Ada"]',
    'Wrote\r\nthe notes',
    '1',
    JSON.stringify([WROTE]),
  ),
  row('analytical-engine', 'Analytical Engine', 'Machine', '[]', '', '1', '[]'),
].join('\r\n');

const EDGES = [
  'id,source,target,type,statement,role,evidence',
  row(
    'ada-said-engine-could-compose',
    'ada-lovelace',
    'analytical-engine',
    'SAID',
    'It could compose music.',
    '',
    JSON.stringify([SAID]),
  ),
].join('\r\n');

const DOCUMENTS = [
  'id,title,source,publishedAt,text',
  row('notes', NOTES_DOCUMENT.title, '', '', NOTES_DOCUMENT.text),
].join('\r\n');

describe('parseCsv', () => {
  it('reads a nodes and an edges file, with quoted commas, quotes and line breaks, and a documents file', () => {
    const batch = parseCsv([
      textFile('g-nodes.csv', NODES),
      textFile('g-edges.csv', EDGES),
      textFile('documents.csv', DOCUMENTS),
    ]);
    expect(batch.documents).toEqual([NOTES_DOCUMENT]);
    expect(batch.entities[0]).toEqual({
      ...ADA,
      name: 'Ada "Countess" Lovelace, née Byron',
      description: 'Wrote\r\nthe notes',
    });
    expect(batch.entities[1]?.description).toBeNull();
    expect(batch.relations).toEqual([ADA_SAID]);
  });

  it('reads the same tables from a zip', () => {
    const zip = zipSync({
      'nodes.csv': strToU8(NODES),
      'edges.csv': strToU8(EDGES),
      'documents.csv': strToU8(DOCUMENTS),
    });
    const batch = parseCsv([{ name: 'export.zip', content: zip }]);
    expect(batch.entities).toHaveLength(2);
    expect(batch.relations).toHaveLength(1);
    expect(batch.documents).toHaveLength(1);
  });

  it('tells the tables apart by their headers when the names do not say', () => {
    const batch = parseCsv([
      textFile('people.csv', NODES),
      textFile('links-of-people.csv', EDGES),
      textFile('texts.csv', DOCUMENTS),
    ]);
    expect(batch.entities).toHaveLength(2);
    expect(batch.documents).toHaveLength(1);
  });

  it('reads Gephi’s node table (Id, Label) and refuses its edges, which have no evidence, by line', () => {
    const nodes = 'Id,Label,Modularity Class\r\n0,Ada Lovelace,1\r\n1,Charles Babbage,1\r\n';
    const edges = 'Source,Target,Type,Id,Label,Weight\r\n0,1,Directed,0,knew,1.0\r\n';
    const read = readCsv([textFile('nodes.csv', nodes), textFile('edges.csv', edges)], { maxBytes: 1e6 });
    expect(read.batch.entities.map((e) => [e.id, e.name, e.type])).toEqual([
      ['0', 'Ada Lovelace', 'Entity'],
      ['1', 'Charles Babbage', 'Entity'],
    ]);
    expect(read.problems).toEqual([
      expect.objectContaining({ file: 'edges.csv', path: 'line 2, evidence', kind: 'relations' }),
    ]);
  });

  it('takes the relation type from the label when Gephi’s Type column only gives the direction', () => {
    const edges = `Source,Target,Type,Label,evidence\r\n0,1,Directed,worked with,${cell(JSON.stringify([WROTE]))}\r\n`;
    const read = readCsv([textFile('edges.csv', edges)], { maxBytes: 1e6 });
    expect(read.batch.relations[0]).toMatchObject({
      id: '0-worked-with-1',
      type: 'WORKED_WITH',
      source: '0',
      target: '1',
    });
  });

  describe('refuses', () => {
    const cases: {
      name: string;
      files: () => { name: string; text: string }[];
      source: string;
      path: string;
    }[] = [
      {
        name: 'a row with more cells than the header, naming its line',
        files: () => [{ name: 'nodes.csv', text: `${NODES}\r\nthird,Third,Thing,[],,0,[],extra\r\n` }],
        source: 'nodes.csv',
        // Ada's row spans lines 2-3 (a quoted CR LF), the engine's is line 4.
        path: 'line 5',
      },
      {
        name: 'a quote left open',
        files: () => [{ name: 'edges.csv', text: `${EDGES}\r\n"x,a,b\r\n` }],
        source: 'edges.csv',
        path: 'line 3',
      },
      {
        name: 'an edges table without a target column',
        files: () => [{ name: 'edges.csv', text: 'id,source\r\na,b\r\n' }],
        source: 'edges.csv',
        path: 'line 1',
      },
      {
        name: 'a row whose aliases are broken JSON, counting a quoted line break as one line',
        files: () => [{ name: 'nodes.csv', text: NODES.replace('"[]"', '"[oops"') }],
        source: 'nodes.csv',
        path: 'line 4, aliases',
      },
      {
        name: 'a set of files holding no nodes or edges table',
        files: () => [{ name: 'documents.csv', text: DOCUMENTS }],
        source: 'documents.csv',
        path: '(files)',
      },
    ];
    for (const { name, files, source, path } of cases) {
      it(name, () => {
        const error = thrown(() => parseCsv(files().map((f) => textFile(f.name, f.text))));
        expect(error).toBeInstanceOf(InvalidDataError);
        expect(error).toMatchObject({ source, path });
      });
    }

    it('a zip that unpacks past the size limit, before inflating it', () => {
      const zip = zipSync({ 'nodes.csv': strToU8(`id\r\n${'a\r\n'.repeat(50_000)}`) });
      expect(zip.byteLength).toBeLessThan(10_000);
      const error = thrown(() => readCsv([{ name: 'bomb.zip', content: zip }], { maxBytes: 100_000 }));
      expect(error).toBeInstanceOf(ImportTooLargeError);
    });

    it('a file that is not a zip although it starts like one', () => {
      const error = thrown(() =>
        parseCsv([{ name: 'broken.zip', content: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }]),
      );
      expect(error).toBeInstanceOf(InvalidDataError);
      expect(error).toMatchObject({ source: 'broken.zip', path: '(zip)' });
    });
  });
});
