import { inRange, isOpenRange } from '@/app/lib/date-range';
import type { DateRange } from '@/app/lib/date-range';
import type { RelationView } from '@/app/lib/queries';

/**
 * The canvas filtered by article: which articles' evidence counts. A relation stays drawn while at least
 * one of its sentences comes from an article the filter keeps; one read only from excluded articles is
 * hidden, and so is an entity left with none of its relations on the canvas. An article is kept when the
 * reader has not switched it off and, with a date range set, its publication date is inside the range
 * (`app/lib/date-range.ts`, the article list's rule; an article whose date is not known yet counts as
 * one without a date).
 */

export interface ArticleFilter {
  /** Articles (document ids) switched off by the reader. */
  hiddenArticles: ReadonlySet<string>;
  dateRange: DateRange;
}

/** Publication dates by document id (null when an article has none). */
export type ArticleDates = ReadonlyMap<string, string | null>;

export function isFilterActive(filter: ArticleFilter): boolean {
  return filter.hiddenArticles.size > 0 || !isOpenRange(filter.dateRange);
}

export function keepsArticle(filter: ArticleFilter, dates: ArticleDates, documentId: string): boolean {
  return !filter.hiddenArticles.has(documentId) && inRange(dates.get(documentId) ?? null, filter.dateRange);
}

/** Whether a relation has a sentence in an article the filter keeps. */
export function keepsRelation(filter: ArticleFilter, dates: ArticleDates, relation: RelationView): boolean {
  return relation.documentIds.some((id) => keepsArticle(filter, dates, id));
}

/** How many relations on the canvas each article has evidence for, by document id. */
export function relationsPerArticle(relations: Iterable<RelationView>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const relation of relations) {
    for (const id of relation.documentIds) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}
