/**
 * A publication date range, shared by the article list (`/documents?from=&to=`) and the explorer's
 * article filter, so both keep the same articles. Dates are ISO days (YYYY-MM-DD), which sort as text.
 * An article without a date is outside any range: nothing says it falls inside it.
 */
export interface DateRange {
  /** The first day kept, or null for no lower bound. */
  from: string | null;
  /** The last day kept, or null for no upper bound. */
  to: string | null;
}

export const OPEN_RANGE: DateRange = { from: null, to: null };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date as a range takes it: an ISO day, or null for anything else (an empty date input, a bad link). */
export function isoDayOrNull(value: unknown): string | null {
  return typeof value === 'string' && ISO_DATE.test(value) ? value : null;
}

export function isOpenRange(range: DateRange): boolean {
  return range.from === null && range.to === null;
}

export function inRange(publishedAt: string | null, range: DateRange): boolean {
  if (isOpenRange(range)) return true;
  if (publishedAt === null) return false;
  return (range.from === null || publishedAt >= range.from) && (range.to === null || publishedAt <= range.to);
}
