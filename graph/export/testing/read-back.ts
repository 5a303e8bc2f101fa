import type Graph from 'graphology';
import type { Document, EntityNode, Evidence, Relation } from '../../model';

/**
 * Test support: turns the flat attributes an external reader (graphology's GraphML and GEXF parsers,
 * csv-parse) hands back into our objects again, the way the columns (columns.ts) wrote them: JSON text for
 * lists and evidence, a missing or empty value for null. Written separately from the exporters, so a test
 * that compares the result with the input checks the file, not the exporter against itself.
 */
type Flat = Readonly<Record<string, unknown>>;

function text(flat: Flat, key: string): string | null {
  const value = flat[key];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw new Error(`read-back: ${key} is not text: ${JSON.stringify(value)}`);
  return value;
}

function required(flat: Flat, key: string): string {
  const value = text(flat, key);
  if (value === null) throw new Error(`read-back: ${key} is missing`);
  return value;
}

function json<T>(flat: Flat, key: string): T {
  return JSON.parse(required(flat, key)) as T;
}

export function entityFrom(id: string, flat: Flat): EntityNode {
  return {
    id,
    name: required(flat, 'name'),
    type: required(flat, 'type'),
    aliases: json<string[]>(flat, 'aliases'),
    description: text(flat, 'description'),
    degree: Number(flat.degree),
    mentions: json<Evidence[]>(flat, 'mentions'),
  };
}

export function relationFrom(id: string, source: string, target: string, flat: Flat): Relation {
  return {
    id,
    type: required(flat, 'type'),
    source,
    target,
    statement: text(flat, 'statement'),
    role: text(flat, 'role'),
    evidence: json<Evidence[]>(flat, 'evidence'),
  };
}

export function documentFrom(flat: Flat): Document {
  return {
    id: required(flat, 'id'),
    title: required(flat, 'title'),
    source: text(flat, 'source'),
    publishedAt: text(flat, 'publishedAt'),
    text: required(flat, 'text'),
  };
}

/** The nodes and edges of a graph that graphology read from one of our files, as our objects again. */
export function elementsFrom(graph: Graph): { nodes: EntityNode[]; edges: Relation[] } {
  return {
    nodes: graph.mapNodes((id, attributes) => entityFrom(id, attributes)),
    edges: graph.mapEdges((id, attributes, source, target) => relationFrom(id, source, target, attributes)),
  };
}
