import type { Document as XmlDocument } from '@xmldom/xmldom';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { InvalidDataError } from '../errors';
import { listOf } from './attributes';
import type { DocumentRecord, EdgeRecord, NodeRecord, RecordGraph } from './records';
import { elementPath, elementsNamed } from './xml';

/**
 * What the GraphML and GEXF readers share once graphology has read a file: the nodes and edges as
 * attribute records, in file order, each pointed at by its line. graphology decodes the attributes (keys,
 * declared types, defaults); the XML document, parsed strictly beforehand, supplies what graphology does
 * not keep: whether an edge had an id, and where each element is.
 */
export function recordsOf(
  file: string,
  xml: XmlDocument,
  graph: AbstractGraph,
  documents: unknown,
  documentsPath: string,
): RecordGraph {
  const fail = (path: string, problem: string) =>
    new InvalidDataError(`${file}: ${path}: ${problem}`, file, path);

  const nodes: NodeRecord[] = elementsNamed(xml, 'node').map((element, i) => {
    const id = element.getAttribute('id') ?? '';
    const path = elementPath(element, `nodes[${i}]`);
    if (!graph.hasNode(id)) throw fail(path, `node ${JSON.stringify(id)} could not be read.`);
    return { id, attributes: graph.getNodeAttributes(id), path };
  });

  // graphology keys an edge by its id, or by a generated key when it has none; those come in file order.
  const idsInFile = new Set<string>();
  const elements = elementsNamed(xml, 'edge');
  for (const element of elements) {
    const id = element.getAttribute('id');
    if (id !== null && id !== '') idsInFile.add(id);
  }
  const generated = graph.edges().filter((key) => !idsInFile.has(key));
  let nextGenerated = 0;
  const edges: EdgeRecord[] = elements.map((element, i) => {
    const id = element.getAttribute('id');
    const path = elementPath(element, `edges[${i}]`);
    const key = id !== null && id !== '' ? id : generated[nextGenerated++];
    if (key === undefined || !graph.hasEdge(key)) throw fail(path, 'the edge could not be read.');
    return {
      id: id === null || id === '' ? undefined : id,
      source: element.getAttribute('source') ?? '',
      target: element.getAttribute('target') ?? '',
      attributes: graph.getEdgeAttributes(key),
      path,
    };
  });

  const list = listOf(documents);
  if (!list.ok) throw fail(documentsPath, `the documents ${list.problem}.`);
  const documentRecords: DocumentRecord[] = list.items.map((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw fail(
        `${documentsPath}[${i}]`,
        'a document is an object { id, title, source, publishedAt, text }.',
      );
    }
    return { attributes: item as Attributes, path: `${documentsPath}[${i}]` };
  });

  return { file, nodes, edges, documents: documentRecords };
}

/**
 * Ids checked on the XML itself, before graphology sees it, so that a repeated id is named with its line
 * rather than merged silently (graphology merges edges that share an id) or reported without a place.
 */
export function checkIds(file: string, xml: XmlDocument): void {
  for (const name of ['node', 'edge'] as const) {
    const seen = new Map<string, number | undefined>();
    for (const [i, element] of elementsNamed(xml, name).entries()) {
      const path = elementPath(element, `${name}s[${i}]`);
      const id = element.getAttribute('id');
      if (name === 'node' && (id === null || id === '')) {
        throw new InvalidDataError(`${file}: ${path}: a <node> needs an id.`, file, path);
      }
      if (name === 'edge') {
        for (const end of ['source', 'target']) {
          const value = element.getAttribute(end);
          if (value === null || value === '') {
            throw new InvalidDataError(`${file}: ${path}: an <edge> needs a ${end}.`, file, path);
          }
        }
      }
      if (id === null || id === '') continue;
      if (seen.has(id)) {
        const first = seen.get(id);
        throw new InvalidDataError(
          `${file}: ${path}: ${name} id ${JSON.stringify(id)} is used twice${first === undefined ? '' : ` (first on line ${first})`}; ids must be unique.`,
          file,
          path,
        );
      }
      seen.set(id, element.lineNumber);
    }
  }
}

/** Runs a graphology reader; what it throws (an error of its own, without a place) becomes an InvalidDataError. */
export function readWithGraphology<G>(file: string, format: string, read: () => G): G {
  try {
    return read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidDataError(
      `${file}: (graph): the ${format} reader refused the file: ${reason.replace(/^graphology-\w+\/parser: /, '')}`,
      file,
      '(graph)',
    );
  }
}
