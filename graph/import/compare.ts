import { isDeepStrictEqual } from 'node:util';
import type { GraphBatch } from '../model';
import type { ItemKind } from './read-result';
import type { StoreView } from './store-view';
import type { ImportCounts, ImportSummary } from './types';

/**
 * Counts what writing `batch` will do, item by item against what the store holds: created (a new id),
 * updated (a known id with different content) or unchanged (identical, so the write changes nothing).
 * Compared field by field, order of keys aside; an entity's degree is the store's, not the file's.
 */
export function compareWithStore(batch: GraphBatch, store: StoreView): ImportSummary {
  const count = <T extends { id: string }>(
    items: readonly T[],
    stored: ReadonlyMap<string, T>,
  ): ImportCounts => {
    const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
    for (const item of items) {
      const old = stored.get(item.id);
      if (old === undefined) counts.created += 1;
      else if (isDeepStrictEqual(old, item)) counts.unchanged += 1;
      else counts.updated += 1;
    }
    return counts;
  };
  return {
    documents: count(batch.documents, store.documents),
    entities: count(batch.entities, store.entities),
    relations: count(batch.relations, store.relations),
  };
}

/** A summary of an import refused before anything was compared: only rejections are known. */
export function rejectedSummary(rejected: Record<ItemKind, number>): ImportSummary {
  const counts = (n: number): ImportCounts => ({ created: 0, updated: 0, unchanged: 0, rejected: n });
  return {
    documents: counts(rejected.documents),
    entities: counts(rejected.entities),
    relations: counts(rejected.relations),
  };
}
