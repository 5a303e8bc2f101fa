import { parseJson } from '../bundle/read-json';
import { InvalidDataError } from '../errors';
import type { Attributes } from './attributes';
import { listOf, textOf } from './attributes';
import type { FormatReader } from './read-result';
import { batchOrThrow, decodeText, emptyResult } from './read-result';
import type { DocumentRecord, EdgeRecord, NodeRecord } from './records';
import { readRecords } from './records';
import type { ImportParser } from './types';

/**
 * Cytoscape JSON, as our exporter, cytoscape.js (`cy.json()`) and Cytoscape desktop (`.cyjs`) write it:
 * `elements` either as `{ nodes: [{ data }], edges: [{ data }] }` or as one array of `{ group, data }`.
 * Our exporter puts the documents the evidence quotes in the top-level `data.documents`. Positions,
 * styles, classes and Cytoscape's own fields (SUID, shared_name, selected) are ignored.
 */
export const readCytoscape: FormatReader = (files) => {
  const result = emptyResult();
  for (const file of files) {
    const json = parseJson(decodeText(file), file.name);
    const fail = (path: string, problem: string): never => {
      throw new InvalidDataError(`${file.name}: ${path}: ${problem}`, file.name, path);
    };
    if (!isObject(json)) fail('(top level)', 'a Cytoscape JSON file is an object with "elements".');
    const top = json as Record<string, unknown>;
    const elements = top.elements;
    const nodes: NodeRecord[] = [];
    const edges: EdgeRecord[] = [];

    const add = (element: unknown, group: string, path: string) => {
      if (!isObject(element) || !isObject(element.data)) fail(path, 'an element needs a "data" object.');
      const data = (element as { data: Attributes }).data;
      const id = textOf(data.id);
      if (group === 'nodes') {
        if (id === undefined || id === '') fail(`${path}.data.id`, 'a node needs an id.');
        nodes.push({ id: id as string, attributes: data, path: `${path}.data` });
      } else if (group === 'edges') {
        const source = textOf(data.source);
        const target = textOf(data.target);
        if (source === undefined || source === '') fail(`${path}.data.source`, 'an edge needs a source.');
        if (target === undefined || target === '') fail(`${path}.data.target`, 'an edge needs a target.');
        edges.push({
          id: id === '' ? undefined : id,
          source: source as string,
          target: target as string,
          attributes: data,
          path: `${path}.data`,
        });
      } else {
        fail(`${path}.group`, `the group must be "nodes" or "edges" (got ${JSON.stringify(group)}).`);
      }
    };

    if (Array.isArray(elements)) {
      for (const [i, element] of elements.entries()) {
        const group = isObject(element) ? textOf(element.group) : undefined;
        // cytoscape.js leaves the group out when it can tell from the data: an edge has a source.
        const inferred =
          group ??
          (isObject(element) && isObject(element.data) && 'source' in element.data ? 'edges' : 'nodes');
        add(element, inferred, `elements[${i}]`);
      }
    } else if (isObject(elements)) {
      for (const group of ['nodes', 'edges'] as const) {
        const list = elements[group] ?? [];
        if (!Array.isArray(list)) fail(`elements.${group}`, 'must be a list.');
        for (const [i, element] of (list as unknown[]).entries())
          add(element, group, `elements.${group}[${i}]`);
      }
    } else {
      fail('elements', 'is missing: a Cytoscape JSON file holds its nodes and edges in "elements".');
    }

    const documents: DocumentRecord[] = [];
    const graphData = isObject(top.data) ? top.data : {};
    const list = listOf(graphData.documents);
    if (!list.ok) fail('data.documents', `${list.problem}.`);
    if (list.ok) {
      for (const [i, document] of list.items.entries()) {
        if (!isObject(document)) fail(`data.documents[${i}]`, 'a document is an object.');
        documents.push({ attributes: document as Attributes, path: `data.documents[${i}]` });
      }
    }

    readRecords({ file: file.name, nodes, edges, documents }, result);
  }
  return result;
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Public: reads Cytoscape JSON files into one batch; throws InvalidDataError on the first problem. */
export const parseCytoscape: ImportParser = (files) =>
  batchOrThrow(readCytoscape(files, { maxBytes: Number.POSITIVE_INFINITY }));
