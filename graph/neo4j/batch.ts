import { InvalidArgumentError } from '../errors';
import { batchSchema, firstIssue } from '../batch-schema';
import type { GraphBatch } from '../model';

/**
 * Checks a batch against the model before anything is sent to Neo4j (so a bad batch writes nothing), and
 * keeps the last item of each id: Neo4j MERGEs rows one after another, and two rows for one relation id
 * with different ends would otherwise leave two relationships behind.
 */
export function prepareBatch(batch: GraphBatch): GraphBatch {
  const parsed = batchSchema.safeParse(batch);
  if (!parsed.success) {
    const { path, message } = firstIssue(parsed.error);
    throw new InvalidArgumentError(`GraphStore.upsert: ${path} ${message}.`);
  }
  return {
    documents: lastOfEachId(parsed.data.documents),
    entities: lastOfEachId(parsed.data.entities),
    relations: lastOfEachId(parsed.data.relations),
  };
}

function lastOfEachId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}
