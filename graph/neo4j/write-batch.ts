import type { ChangeContext } from '../audit/change';
import { InvalidArgumentError } from '../errors';
import { readItemsBefore, recordChange } from './audit-record';
import type { GraphBatch, Relation } from '../model';
import type { UpsertSummary } from '../store';
import {
  DELETE_MOVED_RELATIONS,
  MISSING_ENTITY_IDS,
  UPSERT_DOCUMENTS,
  UPSERT_ENTITIES,
  upsertRelationsStatement,
} from './cypher';
import type { Transaction } from './driver';
import { documentRow, entityRow, relationRow, toNumber, toStrings } from './mapping';

/**
 * Rows per UNWIND statement. A batch of any size is written in statements of at most this many rows (all in
 * one transaction, so still all or nothing): each statement's parameters are one Bolt message that the
 * server holds whole while it runs, and a 500k-relation import sent as one list would need hundreds of MB
 * of heap for it alone. Past a few thousand rows a statement costs the same per row.
 */
const UNWIND_ROWS = 10_000;

/**
 * Writes a checked batch (see batch.ts) inside one write transaction, so it is all or nothing: the check
 * that every relation's ends exist comes first, then UNWIND statements of at most UNWIND_ROWS rows per
 * kind of item, and relations one type at a time (see `upsertRelationsStatement`). Relations that moved
 * are all deleted before any is written, so the scan that finds them reads the store as it was.
 */
export async function writeBatch(
  tx: Transaction,
  batch: GraphBatch,
  audit?: ChangeContext,
): Promise<UpsertSummary> {
  await requireRelationEnds(tx, batch);
  // Read before writing, record after: all in this one transaction, so the record commits with the change.
  const before = audit === undefined ? undefined : await readItemsBefore(tx, batch);
  for (const documents of chunks(batch.documents)) {
    await tx.run(UPSERT_DOCUMENTS, { documents: documents.map(documentRow) });
  }
  for (const entities of chunks(batch.entities)) {
    await tx.run(UPSERT_ENTITIES, { entities: entities.map(entityRow) });
  }
  for (const relations of chunks(batch.relations)) {
    const placements = Object.fromEntries(
      relations.map((r) => [r.id, { type: r.type, source: r.source, target: r.target }]),
    );
    await tx.run(DELETE_MOVED_RELATIONS, { ids: Object.keys(placements), placements });
  }
  for (const [type, ofType] of groupByType(batch.relations)) {
    for (const relations of chunks(ofType)) {
      const [row] = await tx.run(upsertRelationsStatement(type), { relations: relations.map(relationRow) });
      // Fewer rows than relations means an end vanished after the check (another writer deleted it).
      if (toNumber(row?.written, 'upsertRelationsStatement written') !== relations.length) {
        throw new InvalidArgumentError(
          'GraphStore.upsert: an entity a relation needs was removed while the batch was being written; nothing was written. Try again.',
        );
      }
    }
  }
  if (audit !== undefined && before !== undefined) await recordChange(tx, batch, before, audit);
  return {
    documents: batch.documents.length,
    entities: batch.entities.length,
    relations: batch.relations.length,
  };
}

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += UNWIND_ROWS) {
    yield items.slice(start, start + UNWIND_ROWS);
  }
}

function groupByType(relations: readonly Relation[]): Map<string, Relation[]> {
  const byType = new Map<string, Relation[]>();
  for (const relation of relations) {
    const group = byType.get(relation.type);
    if (group === undefined) byType.set(relation.type, [relation]);
    else group.push(relation);
  }
  return byType;
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
