import type { Metadata } from 'next';
import { documentHref } from '@/app/lib/document-link';
import { getStore } from '@/app/server/store';
import { formatPublishedAt, sourceLabel } from './article-meta';
import { loadArticleList } from './load-document';
import { StoreUnavailable } from './StoreUnavailable';

export const metadata: Metadata = { title: 'Articles · newsgraph' };

/** `/documents`: every article the graph was read from, each a link to its document view. */
export default async function DocumentsIndexPage() {
  const loaded = await loadArticleList(getStore);
  if (loaded.kind === 'unavailable') return <StoreUnavailable message={loaded.message} />;
  const documents = loaded.data;

  return (
    <main className="article-page article-index" data-testid="documents-index">
      <h1 className="article-title">Articles</h1>
      <p className="article-meta">
        {documents.length} article{documents.length === 1 ? '' : 's'} in the graph. Each shows the sentences
        its relations were read from.
      </p>
      {documents.length === 0 ? (
        <p className="article-empty">
          No article has been loaded yet: run `npm run seed` or import a bundle.
        </p>
      ) : (
        <ul className="documents-list">
          {documents.map((document) => (
            <li key={document.id}>
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
              </span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
