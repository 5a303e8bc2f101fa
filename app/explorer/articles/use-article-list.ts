'use client';

import { useMemo } from 'react';
import { gql } from '@/app/lib/graphql-client';
import { ARTICLE_LIST_QUERY } from '@/app/lib/queries';
import type { ArticleListResult } from '@/app/lib/queries';
import { useAsync } from '@/app/lib/use-async';
import type { ArticleDates } from './article-filter';

export type ArticleSummary = ArticleListResult['documents'][number];

/**
 * Every article's title and date, loaded once (and again when `revision` changes: an import or an
 * accepted draft may add articles). Until it arrives, or when it fails, the list is empty: the filter
 * then names articles by id, and a date range keeps nothing, which the filter panel says.
 */
export function useArticleList(revision: number): {
  articles: ReadonlyMap<string, ArticleSummary>;
  dates: ArticleDates;
  loaded: boolean;
} {
  const list = useAsync(`articles:${revision}`, (signal) =>
    gql<ArticleListResult>(ARTICLE_LIST_QUERY, {}, { signal }).then((r) => r.documents),
  );
  const data = list.status === 'ready' ? list.data : null;
  return useMemo(() => {
    const articles = new Map((data ?? []).map((a) => [a.id, a]));
    const dates = new Map((data ?? []).map((a) => [a.id, a.publishedAt]));
    return { articles, dates, loaded: data !== null };
  }, [data]);
}
