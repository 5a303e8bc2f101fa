import { InvalidArgumentError } from '../errors';
import type { ChangeRecord, ItemKind } from './change';
import { sourceNames } from './change';

/** Which changes to list (all filters together); newest first unless `order` says otherwise. */
export interface ChangeQuery {
  /** Only this person's changes (an account name, or `local`). */
  actor?: string;
  /** Only changes from this source: an import's file name or an article draft's id. */
  source?: string;
  /** Only changes that touched this document, entity or relation id. */
  itemId?: string;
  /** With `itemId`: only items of this kind (an entity and a relation may share an id). */
  itemKind?: ItemKind;
  /** ISO 8601 bounds, inclusive. */
  since?: string;
  until?: string;
  /** 1..MAX_CHANGES_LIMIT, default DEFAULT_CHANGES_LIMIT. */
  limit?: number;
  order?: 'newest' | 'oldest';
}

const DEFAULT_CHANGES_LIMIT = 100;
export const MAX_CHANGES_LIMIT = 1000;

export type ResolvedChangeQuery = Required<Pick<ChangeQuery, 'limit' | 'order'>> &
  Omit<ChangeQuery, 'limit' | 'order'>;

/** The query with its defaults, or InvalidArgumentError for a bad limit or date. */
export function resolveChangeQuery(query: ChangeQuery = {}): ResolvedChangeQuery {
  const limit = query.limit ?? DEFAULT_CHANGES_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CHANGES_LIMIT) {
    throw new InvalidArgumentError(
      `GraphStore.changes: limit ${limit} is out of range; use 1 to ${MAX_CHANGES_LIMIT}.`,
    );
  }
  for (const bound of ['since', 'until'] as const) {
    const value = query[bound];
    if (value !== undefined && Number.isNaN(Date.parse(value))) {
      throw new InvalidArgumentError(
        `GraphStore.changes: ${bound} ${JSON.stringify(value)} is not a date; use ISO 8601.`,
      );
    }
  }
  return {
    ...query,
    since: query.since === undefined ? undefined : new Date(query.since).toISOString(),
    until: query.until === undefined ? undefined : new Date(query.until).toISOString(),
    limit,
    order: query.order ?? 'newest',
  };
}

/** The embedded store's filter over its records (kept oldest first); Neo4j does the same in Cypher. */
export function selectChanges(records: readonly ChangeRecord[], query: ResolvedChangeQuery): ChangeRecord[] {
  const matches = records.filter(
    (r) =>
      (query.actor === undefined || r.actor === query.actor) &&
      (query.source === undefined || sourceNames(r.source).includes(query.source)) &&
      (query.since === undefined || r.at >= query.since) &&
      (query.until === undefined || r.at <= query.until) &&
      (query.itemId === undefined ||
        r.items.some(
          (i) => i.id === query.itemId && (query.itemKind === undefined || i.kind === query.itemKind),
        )),
  );
  // By time, then id: the order Neo4j's ORDER BY c.at, c.id gives.
  const ordered = [...matches].sort((a, b) => compare(a.at, b.at) || compare(a.id, b.id));
  if (query.order === 'newest') ordered.reverse();
  return ordered.slice(0, query.limit).map((r) => onlyItem(r, query));
}

/** With `itemId`, a record lists only that item: a provenance lookup need not carry a whole import. */
export function onlyItem(record: ChangeRecord, query: ResolvedChangeQuery): ChangeRecord {
  if (query.itemId === undefined) return record;
  const items = record.items.filter(
    (i) => i.id === query.itemId && (query.itemKind === undefined || i.kind === query.itemKind),
  );
  return { ...record, items };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
