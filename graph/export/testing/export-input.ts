import type { Document, EntityNode, GraphBatch, Relation } from '../../model';
import { withoutDegree } from '../json';
import type { ExportInput } from '../types';

/**
 * Test support: a batch as an ExportInput, every entity with its degree counted over the batch's relations
 * (a self-relation counts once, as the stores count it) and every document kept.
 */
export function exportInputOf(batch: GraphBatch): ExportInput {
  const degree = new Map<string, number>();
  const count = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);
  for (const relation of batch.relations) {
    count(relation.source);
    if (relation.target !== relation.source) count(relation.target);
  }
  const nodes: EntityNode[] = batch.entities.map((entity) => ({
    ...entity,
    degree: degree.get(entity.id) ?? 0,
  }));
  return {
    subgraph: { nodes, edges: structuredClone(batch.relations), truncated: false },
    documents: structuredClone(batch.documents),
  };
}

/** The batch an ExportInput holds: entities without their degree. What a lossless round trip gives back. */
export function batchOf(input: ExportInput): GraphBatch {
  return {
    documents: input.documents,
    entities: input.subgraph.nodes.map(withoutDegree),
    relations: input.subgraph.edges,
  };
}

/** The entities (with their degree), relations and documents an ExportInput holds: what a lossless file gives back. */
export function contentOf(input: ExportInput): {
  nodes: EntityNode[];
  edges: Relation[];
  documents: Document[];
} {
  return { nodes: input.subgraph.nodes, edges: input.subgraph.edges, documents: input.documents };
}

const byId = <T extends { id: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** A batch with its documents, entities and relations each in id order: how two graphs are compared whole. */
export function sortedBatch(batch: GraphBatch): GraphBatch {
  return {
    documents: byId(batch.documents),
    entities: byId(batch.entities),
    relations: byId(batch.relations),
  };
}
