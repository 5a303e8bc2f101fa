import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Document, Entity, GraphBatch, Relation } from '../model';
import type { ChangeContext, ChangeRecord, ChangedItem } from './change';

/** The items a batch's ids name, as the store holds them before the write. */
export interface ItemsBefore {
  documents: ReadonlyMap<string, Document>;
  entities: ReadonlyMap<string, Entity>;
  relations: ReadonlyMap<string, Relation>;
}

/**
 * The record of writing `batch` over `before`, or null when the batch changes nothing. Both adapters
 * call it inside their write step, with `before` read in that same step. Items are compared as plain
 * data with undefined fields dropped (a field left out and a field set to undefined are the same item).
 */
export function changeRecordOf(
  batch: GraphBatch,
  before: ItemsBefore,
  context: ChangeContext,
  now: Date,
): ChangeRecord | null {
  const items: ChangedItem[] = [
    ...itemsOf('document', batch.documents, before.documents),
    ...itemsOf('entity', batch.entities, before.entities),
    ...itemsOf('relation', batch.relations, before.relations),
  ];
  if (items.length === 0) return null;
  return {
    id: randomUUID(),
    at: context.at ?? now.toISOString(),
    actor: context.actor,
    source: context.source,
    items,
  };
}

function itemsOf<T extends { id: string }>(
  kind: ChangedItem['kind'],
  written: readonly T[],
  before: ReadonlyMap<string, T>,
): ChangedItem[] {
  // The last copy of an id wins, as in the write itself.
  const last = new Map(written.map((item) => [item.id, item]));
  const items: ChangedItem[] = [];
  for (const [id, item] of last) {
    const after = plain(item);
    const old = before.get(id);
    if (old === undefined) items.push({ kind, id, action: 'created', after });
    else if (!isDeepStrictEqual(plain(old), after))
      items.push({ kind, id, action: 'updated', before: plain(old), after });
  }
  return items;
}

/** A JSON-shaped copy: undefined fields gone, key order irrelevant to isDeepStrictEqual. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}
