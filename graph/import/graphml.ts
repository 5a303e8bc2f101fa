import { MultiGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import type { FormatReader } from './read-result';
import { batchOrThrow, decodeText, emptyResult } from './read-result';
import { readRecords } from './records';
import type { ImportParser } from './types';
import { parseXml, requireRoot } from './xml';
import { checkIds, readWithGraphology, recordsOf } from './xml-graph';

/**
 * GraphML, as our exporter, yEd and Gephi write it. The XML is parsed strictly first (errors with line and
 * column), then read with graphology-graphml, which decodes the `<key>` declarations. Our exporter writes
 * lists and evidence as JSON text in string keys, and the documents as JSON in the graph's `documents`
 * key; other tools' files are read with the defaults described in records.ts (yEd's labels included).
 */
export const readGraphml: FormatReader = (files) => {
  const result = emptyResult();
  for (const file of files) {
    const text = decodeText(file);
    const xml = parseXml(text, file.name);
    requireRoot(xml, 'graphml', file.name);
    checkIds(file.name, xml);
    // Edges may name nodes the file does not hold: they can be entities of the store or of another file.
    const graph = readWithGraphology(file.name, 'GraphML', () =>
      parse(MultiGraph, text, { addMissingNodes: true }),
    );
    const documents: unknown = graph.getAttribute('documents');
    readRecords(recordsOf(file.name, xml, graph, documents, 'graph.documents'), result);
  }
  return result;
};

/** Public: reads GraphML files into one batch; throws InvalidDataError on the first problem. */
export const parseGraphml: ImportParser = (files) =>
  batchOrThrow(readGraphml(files, { maxBytes: Number.POSITIVE_INFINITY }));
