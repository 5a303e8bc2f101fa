import { explorerHref, MAX_LINKED_IDS } from '@/app/lib/explorer-link';

/**
 * The article list narrowed to a publication date range, and the way from a set of articles to the
 * explorer: the entities they mention, drawn with the relations among them. A range is two ISO dates
 * (either may be missing); an article without a date is left out of any range, since nothing says it
 * falls inside it.
 */

export interface DateRange {
  from: string | null;
  to: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The range a query string names; anything that is not an ISO date is ignored. */
export function dateRangeOf(params: Record<string, string | string[] | undefined>): DateRange {
  const one = (value: string | string[] | undefined) =>
    typeof value === 'string' && ISO_DATE.test(value) ? value : null;
  return { from: one(params.from), to: one(params.to) };
}

export function inRange(publishedAt: string | null, range: DateRange): boolean {
  if (range.from === null && range.to === null) return true;
  if (publishedAt === null) return false;
  return (range.from === null || publishedAt >= range.from) && (range.to === null || publishedAt <= range.to);
}

/** An article's mentioned entities, most connected first (what a link to the explorer carries). */
export interface ArticleEntities {
  entities: readonly { id: string; degree: number }[];
}

/**
 * The explorer with the entities of `articles` drawn, the most connected first, at most MAX_LINKED_IDS of
 * them (a link's limit); null when they mention none.
 */
export function explorerLinkFor(articles: readonly ArticleEntities[]): { href: string; cut: boolean } | null {
  const degree = new Map<string, number>();
  for (const a of articles) for (const e of a.entities) degree.set(e.id, e.degree);
  if (degree.size === 0) return null;
  const ids = [...degree]
    .sort(([a, da], [b, db]) => db - da || (a < b ? -1 : 1))
    .map(([id]) => id)
    .slice(0, MAX_LINKED_IDS);
  return { href: explorerHref({ entities: ids }), cut: degree.size > ids.length };
}
