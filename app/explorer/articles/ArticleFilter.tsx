'use client';

import { useState } from 'react';
import { formatPublishedAt } from '@/app/documents/article-meta';
import { isoDayOrNull } from '@/app/lib/date-range';
import type { DateRange } from '@/app/lib/date-range';
import { isFilterActive, keepsArticle } from './article-filter';
import type { ArticleDates, ArticleFilter as Filter } from './article-filter';
import type { ArticleSummary } from './use-article-list';
import './article-filter.css';

interface ArticleFilterProps {
  filter: Filter;
  /** Relations on the canvas per article with evidence there, by document id. */
  relationCounts: ReadonlyMap<string, number>;
  articles: ReadonlyMap<string, ArticleSummary>;
  dates: ArticleDates;
  onToggleArticle: (documentId: string) => void;
  onDateRange: (range: DateRange) => void;
  onShowAll: () => void;
}

/**
 * The canvas filtered by article (`article-filter.ts` says what is hidden): the articles whose sentences
 * the relations on the canvas were read from, newest first, each a toggle with its date and how many of
 * those relations it supports, and a publication date range. Folded by default so that dozens of articles
 * do not push the canvas away; its summary says when a filter is on.
 */
export function ArticleFilter(props: ArticleFilterProps) {
  const { filter, relationCounts, articles, dates } = props;
  // Opens by itself when a filter comes on (a link that carries one); only the reader closes it.
  const active = isFilterActive(filter);
  const [open, setOpen] = useState(active);
  const [wasActive, setWasActive] = useState(active);
  if (active !== wasActive) {
    setWasActive(active);
    if (active) setOpen(true);
  }
  if (relationCounts.size === 0 && !isFilterActive(filter)) return null;
  const ids = [...relationCounts.keys()].sort(
    (a, b) =>
      (dates.get(b) ?? '').localeCompare(dates.get(a) ?? '') ||
      (articles.get(a)?.title ?? a).localeCompare(articles.get(b)?.title ?? b),
  );
  const excluded = ids.filter((id) => !keepsArticle(filter, dates, id)).length;
  const setDate = (end: 'from' | 'to', value: string) =>
    props.onDateRange({ ...filter.dateRange, [end]: isoDayOrNull(value) });
  return (
    <details
      className="article-filter-panel"
      data-testid="article-filter"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        Articles · {ids.length} on the canvas
        {active && <strong data-testid="article-filter-summary">{` (${excluded} filtered out)`}</strong>}
      </summary>
      <div className="article-filter-dates" role="group" aria-label="Publication date range">
        <label>
          Published from{' '}
          <input
            type="date"
            value={filter.dateRange.from ?? ''}
            onChange={(e) => setDate('from', e.target.value)}
            data-testid="article-date-from"
          />
        </label>
        <label>
          to{' '}
          <input
            type="date"
            value={filter.dateRange.to ?? ''}
            onChange={(e) => setDate('to', e.target.value)}
            data-testid="article-date-to"
          />
        </label>
        {active && (
          <button type="button" onClick={props.onShowAll} data-testid="article-filter-reset">
            Show all articles
          </button>
        )}
      </div>
      <ul
        className="article-filter-list"
        aria-label="Articles on the canvas (press to show or hide their relations)"
      >
        {ids.map((id) => {
          const article = articles.get(id);
          const date = dates.get(id) ?? null;
          const count = relationCounts.get(id) ?? 0;
          return (
            <li key={id}>
              <button
                type="button"
                className="legend-toggle article-toggle"
                aria-pressed={keepsArticle(filter, dates, id)}
                disabled={!keepsArticle({ ...filter, hiddenArticles: new Set() }, dates, id)}
                onClick={() => props.onToggleArticle(id)}
                data-testid="article-toggle"
                data-document-id={id}
              >
                <span className="article-toggle-title">{article?.title ?? id}</span>
                <span className="legend-count">
                  {date === null ? 'no date' : formatPublishedAt(date)} · {count}{' '}
                  {count === 1 ? 'relation' : 'relations'}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
