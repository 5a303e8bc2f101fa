import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CSV_FILE_NAMES, exportCsv, toCsvFiles } from './csv';
import { hostileInput } from './testing/hostile-input';
import { documentFrom, entityFrom, relationFrom } from './testing/read-back';
import { sampleInput } from './testing/sample-input';
import type { ExportInput } from './types';

type Row = Record<string, string>;

/** One CSV text as csv-parse reads it by default (RFC 4180 quoting), one object per record by header. */
function rows(text: string): Row[] {
  return parse(text, { columns: true }) as Row[];
}

/** The files inside the exported zip, from the base64 content. */
function unzipped(input: ExportInput): Record<string, string> {
  const { content } = exportCsv(input, { baseName: 'sample' });
  const files = unzipSync(Uint8Array.from(atob(content), (c) => c.charCodeAt(0)));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

function contentOf(files: Readonly<Record<string, string | undefined>>) {
  const table = (name: string) => rows(files[name] ?? '');
  return {
    nodes: table('nodes.csv').map((row) => entityFrom(row.id ?? '', row)),
    edges: table('edges.csv').map((row) =>
      relationFrom(row.id ?? '', row.source ?? '', row.target ?? '', row),
    ),
    documents: table('documents.csv').map(documentFrom),
  };
}

describe('CSV export', () => {
  it('is a zip, base64-encoded because an export file is a string', () => {
    const file = exportCsv(sampleInput(), { baseName: 'sample' });
    expect(file).toMatchObject({
      format: 'CSV',
      mimeType: 'application/zip',
      filename: 'sample.zip',
      encoding: 'base64',
    });
    // "PK\x03\x04", the zip signature, in base64.
    expect(file.content.startsWith('UEsDB')).toBe(true);
  });

  it('holds nodes.csv, edges.csv and documents.csv', () => {
    expect(Object.keys(unzipped(sampleInput())).sort()).toEqual([...CSV_FILE_NAMES].sort());
  });

  it('holds in the zip exactly the texts toCsvFiles gives', () => {
    const input = sampleInput();
    expect(unzipped(input)).toEqual(toCsvFiles(input));
  });

  it('starts each file with a header row naming the columns', () => {
    const files = toCsvFiles(sampleInput());
    expect(files['nodes.csv'].split('\r\n')[0]).toBe('id,name,type,aliases,description,degree,mentions');
    expect(files['edges.csv'].split('\r\n')[0]).toBe('id,source,target,type,statement,role,evidence');
    expect(files['documents.csv'].split('\r\n')[0]).toBe('id,title,source,publishedAt,text');
  });

  it('ends every record with CRLF and quotes fields with quotes doubled, as RFC 4180 says', () => {
    const { 'nodes.csv': nodes, 'edges.csv': edges } = toCsvFiles(hostileInput());
    expect(nodes.endsWith('\r\n')).toBe(true);
    expect(nodes).toContain(',"Ada ""The Judge"" O\'Brien <3 & co, >_<",');
    expect(nodes).toContain(
      ',"Judge; writes ""rulings"", <b>not</b> tweets.\r\nSecond line,\tafter a tab.",',
    );
    // A field holding a bare LF is quoted too, although LF alone is not the record delimiter.
    expect(edges).toContain(',"end;\nMATCH (n) DETACH DELETE n; // \\u0041 \'",');
  });

  it('writes null as an empty cell', () => {
    const [lateHour] = rows(toCsvFiles(sampleInput())['nodes.csv']).filter((row) => row.id === 'late-hour');
    expect(lateHour?.description).toBe('');
  });

  it('gives back the same entities, relations, evidence and documents through csv-parse', () => {
    const input = sampleInput();
    expect(contentOf(unzipped(input))).toEqual({
      nodes: input.subgraph.nodes,
      edges: input.subgraph.edges,
      documents: input.documents,
    });
  });

  it('keeps hostile text exactly: commas, quotes, CR LF and LF inside fields, emoji, right-to-left text', () => {
    const input = hostileInput();
    expect(contentOf(unzipped(input))).toEqual({
      nodes: input.subgraph.nodes,
      edges: input.subgraph.edges,
      documents: input.documents,
    });
  });
});
