import type { SortOrder } from './table-sort';

interface TableSortHeaderProps<C extends string> {
  column: C;
  label: string;
  order: SortOrder<C>;
  onSort(column: C): void;
  className?: string;
}

/**
 * A column header that sorts its table: a button inside the `<th>` (so it is reachable by Tab and
 * activates with Enter or Space), with `aria-sort` on the header of the sorted column only, as the ARIA
 * sortable-table pattern asks.
 */
export function TableSortHeader<C extends string>({
  column,
  label,
  order,
  onSort,
  className,
}: TableSortHeaderProps<C>) {
  const sortedHere = order.column === column;
  const arrow = !sortedHere ? '↕' : order.direction === 'ascending' ? '↑' : '↓';
  return (
    <th scope="col" aria-sort={sortedHere ? order.direction : undefined} className={className}>
      <button type="button" className="table-sort" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className={sortedHere ? 'table-sort-arrow is-active' : 'table-sort-arrow'}>
          {arrow}
        </span>
      </button>
    </th>
  );
}
