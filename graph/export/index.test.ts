import { describe, expect, it } from 'vitest';
import { listBundleFiles } from '../bundle/bundle-files';
import { loadBundles } from '../bundle/load-bundles';
import { InvalidArgumentError } from '../errors';
import { fileName } from './formats';
import { EXPORT_FORMATS, exportGraph } from './index';
import type { ExportFormat } from './types';
import { exportInputOf } from './testing/export-input';
import { sampleInput } from './testing/sample-input';
import { xmllintProblems } from './testing/xmllint';

/**
 * What each format's file must be, written out here rather than read from the tables the code uses
 * (formats.ts), so a wrong entry there fails: the types and extensions the tools that open these files
 * expect (Cytoscape desktop reads .cyjs; a zip of CSVs is application/zip).
 */
const EXPECTED: Record<ExportFormat, { mimeType: string; extension: string; encoding: 'utf8' | 'base64' }> = {
  JSON: { mimeType: 'application/json', extension: 'json', encoding: 'utf8' },
  CYTOSCAPE: { mimeType: 'application/json', extension: 'cyjs', encoding: 'utf8' },
  GRAPHML: { mimeType: 'application/graphml+xml', extension: 'graphml', encoding: 'utf8' },
  GEXF: { mimeType: 'application/gexf+xml', extension: 'gexf', encoding: 'utf8' },
  CSV: { mimeType: 'application/zip', extension: 'zip', encoding: 'base64' },
  CYPHER: { mimeType: 'application/x-cypher-query', extension: 'cypher', encoding: 'utf8' },
};

describe('exportGraph', () => {
  it.each(EXPORT_FORMATS)('writes %s with its own MIME type and extension', (format) => {
    const file = exportGraph(sampleInput(), format, { baseName: 'newsgraph-sample' });
    const expected = EXPECTED[format];
    expect(file.format).toBe(format);
    expect(file.mimeType).toBe(expected.mimeType);
    expect(file.filename).toBe(`newsgraph-sample.${expected.extension}`);
    expect(file.encoding).toBe(expected.encoding);
    expect(file.content.length).toBeGreaterThan(0);
  });

  it('gives every format its own extension, so a file name says which format it holds', () => {
    const extensions = EXPORT_FORMATS.map(
      (format) => exportGraph(sampleInput(), format, { baseName: 'x' }).filename,
    );
    expect(new Set(extensions).size).toBe(EXPORT_FORMATS.length);
  });

  it.each(EXPORT_FORMATS)('refuses, in %s, a relation whose end is not exported', (format) => {
    const input = sampleInput();
    input.subgraph.nodes = input.subgraph.nodes.filter((node) => node.id !== 'late-hour');
    expect(() => exportGraph(input, format, { baseName: 'x' })).toThrow(InvalidArgumentError);
  });

  it.each(EXPORT_FORMATS)('exports an empty subgraph in %s', (format) => {
    const empty = { subgraph: { nodes: [], edges: [], truncated: false }, documents: [] };
    expect(() => exportGraph(empty, format, { baseName: 'empty' })).not.toThrow();
  });

  it('exports the seed graph in every format, the XML ones well-formed', async () => {
    const input = exportInputOf(await loadBundles(await listBundleFiles()));
    expect(input.subgraph.nodes.length).toBeGreaterThan(10);
    for (const format of EXPORT_FORMATS) {
      const file = exportGraph(input, format, { baseName: 'seed' });
      if (format === 'GRAPHML' || format === 'GEXF') expect(xmllintProblems(file.content), format).toBe('');
    }
  });
});

describe('fileName', () => {
  it('keeps a slug as it is', () => {
    expect(fileName('newsgraph-nayib-bukele-depth-2', 'graphml')).toBe(
      'newsgraph-nayib-bukele-depth-2.graphml',
    );
  });

  it('makes a name safe for a path and a Content-Disposition header', () => {
    expect(fileName('../etc/passwd "x"; y', 'json')).toBe('etc-passwd-x-y.json');
    expect(fileName('Zoë Núñez', 'json')).toBe('Zoe-Nunez.json');
  });

  it('falls back to newsgraph when nothing usable is left', () => {
    expect(fileName('العربية', 'gexf')).toBe('newsgraph.gexf');
    expect(fileName('', 'zip')).toBe('newsgraph.zip');
  });
});
