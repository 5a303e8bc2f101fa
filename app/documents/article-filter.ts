import { explorerHref, MAX_LINKED_IDS } from '@/app/lib/explorer-link';
import { isoDayOrNull } from '@/app/lib/date-range';
import type { DateRange } from '@/app/lib/date-range';

/**
 * The article list narrowed to a publication date range, and the way from a set of articles to the
 * explorer: the entities they mention, drawn with the relations among them. The range's rule is
 * `app/lib/date-range.ts`, shared with the explorer's article filter.
 */

/** The range a query string names; anything that is not an ISO date is ignored. */
export function dateRangeOf(params: Record<string, string | string[] | undefined>): DateRange {
  return { from: isoDayOrNull(params.from), to: isoDayOrNull(params.to) };
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
