import { ID_PATTERN } from '../identifiers';
import { documentSchema, entitySchema, relationSchema } from '../model';
import type { Attributes, ListResult } from './attributes';
import { describeValue, listOf, lowerKeys, optionalText, pickText, textOf } from './attributes';
import { checkItem } from './check-item';
import {
  DEFAULT_ENTITY_TYPE,
  DEFAULT_RELATION_TYPE,
  IdMap,
  slugify,
  toEntityType,
  toRelationType,
} from './normalize';
import type { GraphBatch } from '../model';
import type { ItemKind, ReadResult } from './read-result';
import { addItem, subPath } from './read-result';

/**
 * The mapping shared by every format that is a graph of attribute records (Cytoscape JSON, GraphML, GEXF,
 * CSV): nodes become entities, edges relations, and a `documents` list the documents. Our own exports
 * carry every field under its own name; files from other tools (Gephi, yEd, Cytoscape desktop) are read
 * with sensible defaults:
 *
 * - name: `name`, else `label`, else yEd's label, else the id;
 * - entity type: `type` (or `category`), made PascalCase, else `Entity`;
 * - relation type: `type`, `interaction`, `label`, `relation` or `predicate`, made UPPER_SNAKE_CASE, else
 *   `RELATED_TO` (a `type` of "directed"/"undirected", as Gephi writes, is not a relation type);
 * - ids that are not slugs are made slugs, consistently within a file, so edges still meet their nodes;
 *   an edge without an id gets `<source>-<type>-<target>`;
 * - relations need evidence: an edge without any is refused with a message naming it (provenance is what
 *   the graph is for; a relation nobody can trace to a sentence is not imported).
 */

export interface NodeRecord {
  id: string;
  /** The file it was read from, when not the graph's (the CSV reader's nodes.csv inside a pair). */
  file?: string;
  attributes: Attributes;
  /** Where the node is in its file: `elements.nodes[3].data`, `line 12`. */
  path: string;
}

export interface EdgeRecord {
  file?: string;
  /** Undefined when the file gives the edge no id. */
  id: string | undefined;
  source: string;
  target: string;
  attributes: Attributes;
  path: string;
}

export interface DocumentRecord {
  file?: string;
  attributes: Attributes;
  path: string;
}

export interface RecordGraph {
  file: string;
  nodes: readonly NodeRecord[];
  edges: readonly EdgeRecord[];
  documents: readonly DocumentRecord[];
}

const ENTITY_TYPE_FIELDS = ['type', 'category'];
const RELATION_TYPE_FIELDS = ['type', 'interaction', 'label', 'relation', 'predicate'];
/** What Gephi writes in an edge's `Type` column: the edge's direction, not what it means. */
const DIRECTIONS = new Set(['directed', 'undirected', 'mutual', 'mixed']);
/** yEd keeps a node's label inside its graphics; graphology-graphml files that under the empty name. */
const YED_LABEL = '';

/** Adds the documents, entities and relations of `graph` to `result`, refusing (and listing) bad items. */
export function readRecords(graph: RecordGraph, result: ReadResult): void {
  const sink = new Sink(graph.file, result);
  for (const record of graph.documents) readDocument(record, sink);
  const nodeIds = new IdMap(
    graph.nodes.map((r) => ({ key: r.id, id: r.id, fallback: nameOf(lowerKeys(r.attributes), r.id) })),
    'node',
  );
  for (const record of graph.nodes) readNode(record, nodeIds, sink);

  const edges = graph.edges.map((record, i) => edgeHeader(record, i, nodeIds));
  const edgeIds = new IdMap(
    edges.map(({ key, record, type, source, target }) => ({
      key,
      id: record.id,
      fallback: `${source} ${type ?? DEFAULT_RELATION_TYPE} ${target}`,
    })),
    'relation',
  );
  for (const edge of edges) readEdge(edge, edgeIds.get(edge.key) ?? '', sink);
}

/** Where read items and refusals go, each with the file it came from. */
class Sink {
  constructor(
    private readonly file: string,
    private readonly result: ReadResult,
  ) {}

  add<K extends ItemKind>(
    kind: K,
    item: GraphBatch[K][number],
    record: { file?: string; path: string },
  ): void {
    addItem(this.result, kind, item, { file: record.file ?? this.file, path: record.path });
  }

  refuse(record: { file?: string }, kind: ItemKind, path: string, message: string): void {
    this.result.problems.push({ file: record.file ?? this.file, path, message, kind });
  }
}

function readDocument(record: DocumentRecord, sink: Sink): void {
  const a = lowerKeys(record.attributes);
  const id = textOf(a.id) ?? '';
  const candidate = {
    id,
    title: textOf(a.title) ?? '',
    source: optionalText(a.source),
    publishedAt: optionalText(a.publishedat),
    text: textOf(a.text) ?? '',
  };
  const parsed = checkItem(documentSchema, candidate, record.path, `document ${JSON.stringify(id)}`);
  if (parsed.ok) sink.add('documents', parsed.value, record);
  else sink.refuse(record, 'documents', parsed.path, parsed.message);
}

function readNode(record: NodeRecord, nodeIds: IdMap, sink: Sink): void {
  const a = lowerKeys(record.attributes);
  const label = `node ${JSON.stringify(record.id)}`;
  const rawType = pickText(a, ENTITY_TYPE_FIELDS);
  const type = rawType === undefined ? DEFAULT_ENTITY_TYPE : toEntityType(rawType);
  if (type === undefined) {
    const message = `${label}: type ${describeValue(rawType)} cannot be made a PascalCase type name; use letters, e.g. Person.`;
    return sink.refuse(record, 'entities', subPath(record.path, 'type'), message);
  }
  const aliases = listOf(a.aliases, '|');
  const mentions = listOf(a.mentions);
  const bad = firstBad({ aliases, mentions });
  if (bad !== undefined || !aliases.ok || !mentions.ok) {
    const [name, problem] = bad ?? ['aliases', 'is invalid'];
    return sink.refuse(record, 'entities', subPath(record.path, name), `${label}: ${name} ${problem}.`);
  }
  const candidate = {
    id: nodeIds.get(record.id) ?? '',
    name: nameOf(a, record.id),
    type,
    aliases: aliases.items,
    description: optionalText(a.description),
    mentions: mentions.items,
  };
  const parsed = checkItem(entitySchema, candidate, record.path, label);
  if (parsed.ok) sink.add('entities', parsed.value, record);
  else sink.refuse(record, 'entities', parsed.path, parsed.message);
}

/** What is known of an edge before the ids of all edges are given out. */
interface EdgeHeader {
  record: EdgeRecord;
  /** How the edge is found in the IdMap: its id, or a key no file can hold for an edge without one. */
  key: string;
  a: Attributes;
  rawType: string | undefined;
  type: string | undefined;
  source: string;
  target: string;
}

function edgeHeader(record: EdgeRecord, index: number, nodeIds: IdMap): EdgeHeader {
  const a = lowerKeys(record.attributes);
  const typeFields = RELATION_TYPE_FIELDS.filter(
    (name) => !DIRECTIONS.has(String(a[name]).trim().toLowerCase()),
  );
  const rawType = pickText(a, typeFields);
  return {
    record,
    key: record.id ?? `\u0000${index}`,
    a,
    rawType,
    type: rawType === undefined ? DEFAULT_RELATION_TYPE : toRelationType(rawType),
    source: endOf(nodeIds, record.source),
    target: endOf(nodeIds, record.target),
  };
}

function readEdge({ record, a, rawType, type, source, target }: EdgeHeader, id: string, sink: Sink): void {
  const label = describeEdge(record);
  const at = subPath(record.path, 'evidence');
  if (type === undefined) {
    const message = `${label}: type ${describeValue(rawType)} cannot be made an UPPER_SNAKE_CASE type name; use letters, e.g. WORKS_FOR.`;
    return sink.refuse(record, 'relations', subPath(record.path, 'type'), message);
  }
  const evidence = listOf(a.evidence);
  if (!evidence.ok) return sink.refuse(record, 'relations', at, `${label}: evidence ${evidence.problem}.`);
  if (evidence.items.length === 0) {
    const message = `${label} has no evidence. Every relation needs at least one sentence it was read from ({ documentId, sentence, start, end }) and the document holding it; newsgraph does not import relations nobody can trace to a source.`;
    return sink.refuse(record, 'relations', at, message);
  }
  const candidate = {
    id,
    type,
    source,
    target,
    statement: optionalText(a.statement),
    role: optionalText(a.role),
    evidence: evidence.items,
  };
  const parsed = checkItem(relationSchema, candidate, record.path, label);
  if (parsed.ok) sink.add('relations', parsed.value, record);
  else sink.refuse(record, 'relations', parsed.path, parsed.message);
}

/** The first list that could not be read, by field name, with what is wrong with it. */
function firstBad(lists: Record<string, ListResult>): [string, string] | undefined {
  for (const [name, list] of Object.entries(lists)) if (!list.ok) return [name, list.problem];
  return undefined;
}

function nameOf(a: Attributes, id: string): string {
  const yed = textOf(a[YED_LABEL])?.trim();
  return pickText(a, ['name', 'label']) ?? (yed !== undefined && yed !== '' ? yed : id);
}

/**
 * An edge end: the slug of a node of this file, or, for an id this file does not define, the id itself
 * (made a slug) so it can name an entity of another file or of the store; the cross-checks say if not.
 */
function endOf(nodeIds: IdMap, original: string): string {
  return nodeIds.get(original) ?? (ID_PATTERN.test(original) ? original : slugify(original) || original);
}

function describeEdge(record: EdgeRecord): string {
  const id = record.id === undefined ? '' : ` ${JSON.stringify(record.id)}`;
  return `edge${id} from ${JSON.stringify(record.source)} to ${JSON.stringify(record.target)}`;
}
