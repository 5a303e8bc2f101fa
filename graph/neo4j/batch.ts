import type { GraphBatch } from '../model';

/**
 * Keeps the last item of each id of a checked batch (graph/batch-schema.ts's checkUpsertBatch): Neo4j
 * MERGEs rows one after another, and two rows for one relation id with different ends would otherwise
 * leave two relationships behind.
 */
export function lastOfEachId(batch: GraphBatch): GraphBatch {
  return {
    documents: lastOf(batch.documents),
    entities: lastOf(batch.entities),
    relations: lastOf(batch.relations),
  };
}

function lastOf<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}
