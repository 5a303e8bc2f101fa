import { stringify } from 'csv-stringify/sync';
import type { ChangeRecord } from './change';
import { describeSource } from './change';

/** The CSV export's columns, one row per changed item. */
const CHANGE_CSV_COLUMNS = [
  'at',
  'actor',
  'source',
  'action',
  'kind',
  'id',
  'before',
  'after',
  'change',
] as const;

/**
 * The audit trail as CSV (csv-stringify), one row per changed item so a spreadsheet can filter by item,
 * person or action; `before` and `after` are the items as JSON, `change` the record's id. A cell that a
 * spreadsheet would run as a formula (=, +, -, @ at its start) is prefixed with a quote, as the graph's
 * own CSV export does.
 */
export function changesToCsv(records: readonly ChangeRecord[]): string {
  const rows = records.flatMap((record) =>
    record.items.map((item) => [
      record.at,
      record.actor,
      describeSource(record.source),
      item.action,
      item.kind,
      item.id,
      item.before === undefined ? '' : JSON.stringify(item.before),
      item.after === undefined ? '' : JSON.stringify(item.after),
      record.id,
    ]),
  );
  return stringify([[...CHANGE_CSV_COLUMNS], ...rows.map((row) => row.map(defuse))], {
    record_delimiter: '\r\n',
  });
}

function defuse(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
