import type { GraphBatch } from '../model';

/**
 * Validate once, at the boundary. The seed loader and the import service check every item with the
 * model's schemas and more (exact quotes, ends that exist), then hand the batch to `GraphStore.upsert`,
 * which would parse it with the same schemas again: on a big import that second pass, and the copies it
 * makes, cost as much as the load itself. A batch they seal here is frozen, so it cannot change after the
 * check, and recorded, so that a store can take it as it is (`isSealedBatch`) and keep its objects without
 * copying them. Anything else, from any other caller, is validated by the store as before.
 */

const sealed = new WeakSet<GraphBatch>();

/**
 * Public, for code that has just validated `batch` completely (every item against the model's schemas,
 * evidence and mentions against their documents' text): freezes it deeply and records it as valid.
 * Returns the same batch. Only the objects themselves are vouched for, so a copy is not sealed.
 */
export function sealValidatedBatch(batch: GraphBatch): GraphBatch {
  // Frozen by shape, which validation has just fixed: a generic walk allocates per object, and a big
  // import holds millions of them.
  for (const document of batch.documents) Object.freeze(document);
  for (const entity of batch.entities) {
    Object.freeze(entity.aliases);
    freezeAll(entity.mentions);
    Object.freeze(entity);
  }
  for (const relation of batch.relations) {
    freezeAll(relation.evidence);
    Object.freeze(relation);
  }
  for (const list of [batch.documents, batch.entities, batch.relations]) Object.freeze(list);
  sealed.add(Object.freeze(batch));
  return batch;
}

/** True when `batch` went through sealValidatedBatch (and, being frozen, cannot have changed since). */
export function isSealedBatch(batch: GraphBatch): boolean {
  return sealed.has(batch);
}

/** Freezes the list and every object in it. */
function freezeAll(list: readonly object[]): void {
  for (const item of list) Object.freeze(item);
  Object.freeze(list);
}
