import type { Metadata } from 'next';
import { documentHref } from '@/app/lib/document-link';
import { getStore } from '@/app/server/store';
import { formatPublishedAt, sourceLabel } from './article-meta';
import { dateRangeOf, explorerLinkFor } from './article-filter';
import { inRange } from '@/app/lib/date-range';
import { loadArticleList } from './load-document';
import { StoreUnavailable } from './StoreUnavailable';

export const metadata: Metadata = { title: 'Articles · newsgraph' };

interface DocumentsIndexProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * `/documents`: every article the graph was read from, with its date and what was read from it, each a
 * link to its document view and to the explorer with its entities drawn. `?from=&to=` narrows the list to
 * a publication date range (a plain GET form, so it works without JavaScript), and one link draws the
 * entities of every article in the range.
 */
export default async function DocumentsIndexPage({ searchParams }: DocumentsIndexProps) {
  const loaded = await loadArticleList(getStore);
  if (loaded.kind === 'unavailable') return <StoreUnavailable message={loaded.message} />;
  const range = dateRangeOf(await searchParams);
  const all = loaded.data;
  const documents = all.filter((d) => inRange(d.publishedAt, range));
  const filtered = range.from !== null || range.to !== null;
  const drawAll = explorerLinkFor(documents);

  return (
    <main className="article-page article-index" data-testid="documents-index">
      <h1 className="article-title">Articles</h1>
      <p className="article-meta">
        {all.length} article{all.length === 1 ? '' : 's'} in the graph. Each shows the sentences its relations
        were read from. <a href="/articles/new">Add an article</a>
      </p>
      <form className="article-filter" method="get" aria-label="Publication date range">
        <label>
          Published from <input type="date" name="from" defaultValue={range.from ?? ''} />
        </label>
        <label>
          to <input type="date" name="to" defaultValue={range.to ?? ''} />
        </label>
        <button type="submit">Filter</button>
        {filtered && <a href="/documents">Show all</a>}
      </form>
      {filtered && (
        <p className="article-meta" data-testid="filter-summary">
          {documents.length} of {all.length} articles published
          {range.from === null ? '' : ` from ${range.from}`}
          {range.to === null ? '' : ` to ${range.to}`} (articles without a date are left out).
        </p>
      )}
      {drawAll !== null && documents.length > 1 && (
        <p>
          <a href={drawAll.href} data-testid="draw-articles">
            Draw the entities of {filtered ? 'these' : 'all'} {documents.length} articles in the explorer
          </a>
          {drawAll.cut && ' (the most connected ones, as many as a link can carry)'}
        </p>
      )}
      {all.length === 0 ? (
        <p className="article-empty">
          No article has been loaded yet: run `npm run seed`, import a bundle or add an article.
        </p>
      ) : (
        <ul className="documents-list">
          {documents.map((document) => {
            const draw = explorerLinkFor([document]);
            return (
              <li key={document.id} data-testid="documents-item" data-document-id={document.id}>
                <a href={documentHref(document.id)} className="documents-list-title">
                  {document.title}
                </a>
                <span className="article-entity-meta">
                  {[
                    document.source === null ? null : sourceLabel(document.source),
                    document.publishedAt === null ? 'Date unknown' : formatPublishedAt(document.publishedAt),
                    `${document.entityCount} entities`,
                    `${document.relationCount} relations`,
                  ]
                    .filter((part) => part !== null)
                    .join(' · ')}
                  {draw !== null && (
                    <>
                      {' · '}
                      <a href={draw.href}>Draw in the explorer</a>
                    </>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}
