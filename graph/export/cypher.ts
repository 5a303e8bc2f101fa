import { assertRelationType } from '../identifiers';
import type { Document, EntityNode, Relation } from '../model';
import type { ENTITY_PROPERTIES, RELATION_PROPERTIES } from '../neo4j/cypher';
import { DOCUMENT_ID_CONSTRAINT, ENTITY_ID_CONSTRAINT, relationIdConstraint } from '../neo4j/cypher';
import type { CypherValue } from './cypher-literal';
import { cypherLiteral } from './cypher-literal';
import { exportFile } from './formats';
import type { Exporter, ExportInput } from './types';

/**
 * Cypher: a script that loads the export into Neo4j, empty or not, with cypher-shell
 * (`cypher-shell -f export.cypher`) or pasted into Neo4j Browser, and that the app then reads like its
 * own data: it writes exactly the data model of graph/neo4j/cypher.ts (the `:Entity` and `:Document`
 * labels, the property names listed there, evidence as four parallel arrays, typed relationships, dates
 * as DATE). Every statement merges by id, so running the script again changes nothing, and a run that
 * stopped half-way is finished by running it again.
 *
 * Order: the uniqueness constraints the adapter creates (`IF NOT EXISTS`), then documents, entities, the
 * removal of relationships that carry an exported relation's id but sit elsewhere (another type or other
 * ends: the adapter keeps one relationship per id), and the relations. One statement per line, each ending
 * in `;`; values are literals from cypher-literal.ts; relation types are spliced in only after passing
 * the allowlist.
 */
export const exportCypher: Exporter = (input, options) =>
  exportFile('CYPHER', options.baseName, toCypherScript(input));

/** How many relations one clean-up statement names: bounded, so no statement grows with the export. */
const RELATIONS_PER_CLEANUP = 500;

export function toCypherScript(input: ExportInput): string {
  const { nodes, edges } = input.subgraph;
  const types = [...new Set(edges.map((r) => assertRelationType(r.type, 'Cypher export')))].sort();
  const lines = [
    `// newsgraph export: ${nodes.length} entities, ${edges.length} relations, ${input.documents.length} documents.`,
    '// Load it with `cypher-shell -f <this file>` (Neo4j 5.7 or newer). Every statement merges by id: running it again changes nothing.',
    '',
    '// Uniqueness constraints, as the app creates them.',
    oneLine(ENTITY_ID_CONSTRAINT.text),
    oneLine(DOCUMENT_ID_CONSTRAINT.text),
    ...types.map((type) => oneLine(relationIdConstraint(type).text)),
    '',
    '// Documents.',
    ...input.documents.map(mergeDocument),
    '',
    '// Entities.',
    ...nodes.map(mergeEntity),
    '',
    '// Relations: first those that moved (same id, another type or other ends) are removed, then all are merged.',
    ...chunks(edges, RELATIONS_PER_CLEANUP).map(deleteMoved),
    ...edges.map(mergeRelation),
  ];
  return `${lines.join('\n')}\n`;
}

/** Statements from graph/neo4j span several lines; they hold no string literals, so whitespace can fold. */
function oneLine(statement: string): string {
  return `${statement.replace(/\s+/g, ' ').trim()};`;
}

/** `SET v.key = literal, ...` for every property, null included: null removes a property, as the adapter's SET does. */
function setAll(variable: string, properties: Readonly<Record<string, CypherValue>>, exclude = 'id'): string {
  return Object.entries(properties)
    .filter(([key]) => key !== exclude)
    .map(([key, value]) => `${variable}.${key} = ${cypherLiteral(value)}`)
    .join(', ');
}

function mergeDocument(document: Document): string {
  // The adapter stores publishedAt as a DATE, through date(); so does the script.
  const publishedAt = document.publishedAt === null ? 'null' : `date(${cypherLiteral(document.publishedAt)})`;
  const rest = setAll('d', { title: document.title, source: document.source, text: document.text });
  return `MERGE (d:Document {id: ${cypherLiteral(document.id)}}) SET ${rest}, d.publishedAt = ${publishedAt};`;
}

type EntityProperty = (typeof ENTITY_PROPERTIES)[number];
type RelationProperty = (typeof RELATION_PROPERTIES)[number];

/** The stored properties of an entity, keyed by ENTITY_PROPERTIES so the compiler proves none is missed. */
function entityProperties(entity: EntityNode): Record<EntityProperty, CypherValue> {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    description: entity.description,
    mentionDocumentIds: entity.mentions.map((m) => m.documentId),
    mentionStarts: entity.mentions.map((m) => m.start),
    mentionEnds: entity.mentions.map((m) => m.end),
    mentionSentences: entity.mentions.map((m) => m.sentence),
  };
}

function relationProperties(relation: Relation): Record<RelationProperty, CypherValue> {
  return {
    id: relation.id,
    statement: relation.statement,
    role: relation.role,
    evidenceDocumentIds: relation.evidence.map((e) => e.documentId),
    evidenceStarts: relation.evidence.map((e) => e.start),
    evidenceEnds: relation.evidence.map((e) => e.end),
    evidenceSentences: relation.evidence.map((e) => e.sentence),
  };
}

function mergeEntity(entity: EntityNode): string {
  return `MERGE (e:Entity {id: ${cypherLiteral(entity.id)}}) SET ${setAll('e', entityProperties(entity))};`;
}

/** Deletes relationships with one of these ids that are not of the same type between the same ends. */
function deleteMoved(relations: readonly Relation[]): string {
  const ids = cypherLiteral(relations.map((r) => r.id));
  const placements = cypherLiteral(relations.map((r) => [r.id, r.type, r.source, r.target]));
  return `MATCH (s:Entity)-[r]->(t:Entity) WHERE r.id IN ${ids} AND NOT [r.id, type(r), s.id, t.id] IN ${placements} DELETE r;`;
}

function mergeRelation(relation: Relation): string {
  const type = assertRelationType(relation.type, 'Cypher export');
  return (
    `MATCH (s:Entity {id: ${cypherLiteral(relation.source)}}) MATCH (t:Entity {id: ${cypherLiteral(relation.target)}}) ` +
    `MERGE (s)-[r:${type} {id: ${cypherLiteral(relation.id)}}]->(t) SET ${setAll('r', relationProperties(relation))};`
  );
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
