import type { ChangeContext, ChangeRecord } from '../audit/change';
import { changeRecordSchema, sourceNames } from '../audit/change';
import type { ItemsBefore } from '../audit/diff';
import { changeRecordOf } from '../audit/diff';
import { InvalidDataError } from '../errors';
import type { GraphBatch } from '../model';
import { CREATE_CHANGE, ITEMS_BEFORE } from './audit-cypher';
import type { Transaction } from './driver';
import { toDocument, toEntity, toList, toRelation } from './mapping';

/**
 * The Neo4j side of the audit trail, called by writeBatch inside the write's own transaction: read what
 * the batch's ids hold before the write, and after it create the record (or none, when nothing changed).
 */
export async function readItemsBefore(tx: Transaction, batch: GraphBatch): Promise<ItemsBefore> {
  const [row] = await tx.run(ITEMS_BEFORE, {
    documentIds: batch.documents.map((d) => d.id),
    entityIds: batch.entities.map((e) => e.id),
    relationIds: batch.relations.map((r) => r.id),
  });
  if (row === undefined) throw new Error('Neo4j: ITEMS_BEFORE returned no row.');
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
  return {
    documents: byId(toList(row.documents, 'ITEMS_BEFORE documents', toDocument)),
    entities: byId(toList(row.entities, 'ITEMS_BEFORE entities', toEntity)),
    relations: byId(toList(row.relations, 'ITEMS_BEFORE relations', toRelation)),
  };
}

export async function recordChange(
  tx: Transaction,
  batch: GraphBatch,
  before: ItemsBefore,
  context: ChangeContext,
): Promise<void> {
  const record = changeRecordOf(batch, before, context, new Date());
  if (record === null) return;
  const ids = (kind: string) => [...new Set(record.items.filter((i) => i.kind === kind).map((i) => i.id))];
  await tx.run(CREATE_CHANGE, {
    change: {
      id: record.id,
      at: record.at,
      actor: record.actor,
      sourceKind: record.source.kind,
      sourceNames: sourceNames(record.source),
      documentIds: ids('document'),
      entityIds: ids('entity'),
      relationIds: ids('relation'),
      record: JSON.stringify(record),
    },
  });
}

export function toChangeRecord(value: unknown): ChangeRecord {
  const parsed = typeof value === 'string' ? changeRecordSchema.safeParse(JSON.parse(value)) : undefined;
  if (parsed === undefined || !parsed.success) {
    throw new InvalidDataError('Neo4j: a :NewsgraphChange node is damaged.', 'neo4j', 'record');
  }
  return parsed.data;
}
