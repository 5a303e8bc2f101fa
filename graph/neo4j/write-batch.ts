import type { ChangeContext } from '../audit/change';
import { InvalidArgumentError } from '../errors';
import { readItemsBefore, recordChange } from './audit-record';
import type { GraphBatch } from '../model';
import type { UpsertSummary } from '../store';
import {
  DELETE_MOVED_RELATIONS,
  MISSING_ENTITY_IDS,
  UPSERT_DOCUMENTS,
  UPSERT_ENTITIES,
  UPSERT_RELATIONS,
} from './cypher';
import type { Transaction } from './driver';
import { documentRow, entityRow, relationRow, toNumber, toStrings } from './mapping';

/**
 * Writes a checked batch (see batch.ts) inside one write transaction, so it is all or nothing: the check
 * that every relation's ends exist comes first, then one UNWIND statement per kind of item.
 */
export async function writeBatch(
  tx: Transaction,
  batch: GraphBatch,
  audit?: ChangeContext,
): Promise<UpsertSummary> {
  await requireRelationEnds(tx, batch);
  // Read before writing, record after: all in this one transaction, so the record commits with the change.
  const before = audit === undefined ? undefined : await readItemsBefore(tx, batch);
  if (batch.documents.length > 0) {
    await tx.run(UPSERT_DOCUMENTS, { documents: batch.documents.map(documentRow) });
  }
  if (batch.entities.length > 0) {
    await tx.run(UPSERT_ENTITIES, { entities: batch.entities.map(entityRow) });
  }
  if (batch.relations.length > 0) {
    const placements = Object.fromEntries(
      batch.relations.map((r) => [r.id, { type: r.type, source: r.source, target: r.target }]),
    );
    await tx.run(DELETE_MOVED_RELATIONS, { ids: Object.keys(placements), placements });
    const [row] = await tx.run(UPSERT_RELATIONS, { relations: batch.relations.map(relationRow) });
    // Fewer rows than relations means an end vanished after the check (another writer deleted it).
    if (toNumber(row?.written, 'UPSERT_RELATIONS written') !== batch.relations.length) {
      throw new InvalidArgumentError(
        'GraphStore.upsert: an entity a relation needs was removed while the batch was being written; nothing was written. Try again.',
      );
    }
  }
  if (audit !== undefined && before !== undefined) await recordChange(tx, batch, before, audit);
  return {
    documents: batch.documents.length,
    entities: batch.entities.length,
    relations: batch.relations.length,
  };
}

/** Relations whose ends are in neither the batch nor the store are refused before anything is written. */
async function requireRelationEnds(tx: Transaction, batch: GraphBatch): Promise<void> {
  const inBatch = new Set(batch.entities.map((e) => e.id));
  const outside = [...new Set(batch.relations.flatMap((r) => [r.source, r.target]))].filter(
    (id) => !inBatch.has(id),
  );
  if (outside.length === 0) return;
  const [row] = await tx.run(MISSING_ENTITY_IDS, { ids: outside });
  const missing = new Set(toStrings(row?.missing ?? [], 'MISSING_ENTITY_IDS missing'));
  const dangling = batch.relations.find((r) => missing.has(r.source) || missing.has(r.target));
  if (dangling !== undefined) {
    throw new InvalidArgumentError(
      `GraphStore.upsert: relation ${dangling.id} joins ${dangling.source} to ${dangling.target}, but one of them is in neither the batch nor the store; add that entity to the batch.`,
    );
  }
}
