import type { EntitySummary, RelationView } from '@/app/lib/queries';

/**
 * Sorting the table view's rows. Names compare the way people read them (case and accents aside, "10"
 * after "9"); ties fall back to the id so the order never jumps between renders.
 */

type SortDirection = 'ascending' | 'descending';

export type EntityColumn = 'name' | 'type' | 'degree';
export type RelationColumn = 'source' | 'type' | 'target' | 'statement';

export interface SortOrder<C extends string> {
  column: C;
  direction: SortDirection;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

type Compare<T> = (a: T, b: T) => number;

// Each column compares by its own value; ties go by name, A to Z whichever way the column runs.
const ENTITY_KEYS: Record<EntityColumn, Compare<EntitySummary>> = {
  name: (a, b) => compareText(a.name, b.name),
  type: (a, b) => compareText(a.type, b.type),
  degree: (a, b) => a.degree - b.degree,
};
const ENTITY_TIE: Compare<EntitySummary> = (a, b) => compareText(a.name, b.name);

const RELATION_KEYS: Record<RelationColumn, Compare<RelationView>> = {
  source: (a, b) => compareText(a.source.name, b.source.name),
  type: (a, b) => compareText(a.type, b.type),
  target: (a, b) => compareText(a.target.name, b.target.name),
  statement: (a, b) => compareText(a.statement ?? '', b.statement ?? ''),
};
const RELATION_TIE: Compare<RelationView> = (a, b) =>
  compareText(a.source.name, b.source.name) ||
  compareText(a.type, b.type) ||
  compareText(a.target.name, b.target.name);

function sorted<T extends { id: string }>(
  rows: readonly T[],
  compare: Compare<T>,
  tie: Compare<T>,
  direction: SortDirection,
  blank?: (row: T) => boolean,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    // Relations without a statement go last either way: an empty cell says nothing to sort by.
    if (blank !== undefined && blank(a) !== blank(b)) return blank(a) ? 1 : -1;
    return sign * compare(a, b) || tie(a, b) || compareText(a.id, b.id);
  });
}

export function sortEntities(
  rows: readonly EntitySummary[],
  order: SortOrder<EntityColumn>,
): EntitySummary[] {
  return sorted(rows, ENTITY_KEYS[order.column], ENTITY_TIE, order.direction);
}

export function sortRelations(
  rows: readonly RelationView[],
  order: SortOrder<RelationColumn>,
): RelationView[] {
  const blank = order.column === 'statement' ? (r: RelationView) => (r.statement ?? '') === '' : undefined;
  return sorted(rows, RELATION_KEYS[order.column], RELATION_TIE, order.direction, blank);
}

/** Numbers read best largest first; words A to Z. */
const FIRST_DIRECTION: Partial<Record<string, SortDirection>> = { degree: 'descending' };

/** The order after clicking `column`'s header: the other direction when it is already sorted by it. */
export function nextSortOrder<C extends string>(current: SortOrder<C>, column: C): SortOrder<C> {
  if (current.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: FIRST_DIRECTION[column] ?? 'ascending' };
}
