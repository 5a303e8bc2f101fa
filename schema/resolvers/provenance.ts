import type { ChangeRecord, ItemKind } from '../../graph/audit/change';
import { describeSource } from '../../graph/audit/change';
import type { GraphStore } from '../../graph/store';

/** What `Entity.provenance` and `Relation.provenance` answer (see schema.graphql). */
export interface Provenance {
  addedBy: string;
  addedAt: string;
  addedFrom: string;
  created: boolean;
  lastChangedBy: string;
  lastChangedAt: string;
  lastChangedFrom: string;
}

/**
 * The first and the latest audited write that touched one item: two small store calls, each listing only
 * that item. Asked for by a details view, one item at a time, so no loader is needed.
 */
export async function provenanceOf(
  store: GraphStore,
  kind: ItemKind,
  id: string,
): Promise<Provenance | null> {
  const [[first], [last]] = await Promise.all([
    store.changes({ itemId: id, itemKind: kind, order: 'oldest', limit: 1 }),
    store.changes({ itemId: id, itemKind: kind, order: 'newest', limit: 1 }),
  ]);
  if (first === undefined || last === undefined) return null;
  return {
    addedBy: first.actor,
    addedAt: first.at,
    addedFrom: describeSource(first.source),
    created: first.items.some((item: ChangeRecord['items'][number]) => item.action === 'created'),
    lastChangedBy: last.actor,
    lastChangedAt: last.at,
    lastChangedFrom: describeSource(last.source),
  };
}
