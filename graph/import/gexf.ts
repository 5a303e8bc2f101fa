import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { InvalidDataError } from '../errors';
import type { FormatReader } from './read-result';
import { batchOrThrow, decodeText, emptyResult } from './read-result';
import { readRecords } from './records';
import type { ImportParser } from './types';
import { parseXml, requireRoot } from './xml';
import { checkIds, readWithGraphology, recordsOf } from './xml-graph';

/**
 * GEXF (1.2 and 1.3), as our exporter and Gephi write it. The XML is parsed strictly first (errors with
 * line and column), then read with graphology-gexf, which decodes the declared attributes (and, for
 * Gephi's numeric attribute ids, their titles). GEXF has no graph-level attributes, so our exporter puts
 * the documents in `<meta><description>` as the JSON object `{"documents": [...]}`; any other description
 * (Gephi's free text) is left alone.
 */
export const readGexf: FormatReader = (files) => {
  const result = emptyResult();
  for (const file of files) {
    const text = decodeText(file);
    const xml = parseXml(text, file.name);
    requireRoot(xml, 'gexf', file.name);
    checkIds(file.name, xml);
    // Edges may name nodes the file does not hold: they can be entities of the store or of another file;
    // attributes a file forgot to declare are read as text rather than refusing the file.
    const graph = readWithGraphology(file.name, 'GEXF', () =>
      parse(MultiGraph, text, { addMissingNodes: true, allowUndeclaredAttributes: true }),
    );
    const documents = documentsIn(graph.getAttribute('description'), file.name);
    readRecords(recordsOf(file.name, xml, graph, documents, 'meta.description.documents'), result);
  }
  return result;
};

function documentsIn(description: unknown, file: string): unknown {
  if (typeof description !== 'string' || !description.trimStart().startsWith('{"documents"')) return [];
  try {
    return (JSON.parse(description) as { documents?: unknown }).documents;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidDataError(
      `${file}: meta.description: the documents are not valid JSON (${reason}).`,
      file,
      'meta.description',
    );
  }
}

/** Public: reads GEXF files into one batch; throws InvalidDataError on the first problem. */
export const parseGexf: ImportParser = (files) =>
  batchOrThrow(readGexf(files, { maxBytes: Number.POSITIVE_INFINITY }));
