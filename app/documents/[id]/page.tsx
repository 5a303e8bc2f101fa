import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getStore } from '@/app/server/store';
import { ArticleEntities } from '../ArticleEntities';
import { ArticleText } from '../ArticleText';
import { ArticleRelations } from '../ArticleRelations';
import { formatPublishedAt, sourceHref, sourceLabel } from '../article-meta';
import { layoutArticle } from '../article-segments';
import { loadArticle } from '../load-document';
import { SentenceFocus } from '../SentenceFocus';
import { StoreUnavailable } from '../StoreUnavailable';
import { markedEvidence } from '../article-focus';
import { ABOUT_PARAM, documentHref } from '@/app/lib/document-link';

interface DocumentPageProps {
  params: Promise<{ id: string }>;
  /** `?about=<id>`: the entity or relation the reader came from (app/documents/article-focus.ts). */
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
}

/** One read per request, shared by the metadata and the page. */
const load = cache((id: string) => loadArticle(getStore, id));

export async function generateMetadata({ params }: DocumentPageProps): Promise<Metadata> {
  const loaded = await load((await params).id);
  return {
    title: loaded.kind === 'found' ? `${loaded.data.document.title} · newsgraph` : 'Article · newsgraph',
  };
}

/**
 * The document view, `/documents/<id>`: the article with every sentence the graph was read from
 * highlighted and every name it mentions linked to the explorer, beside what it reports. Rendered on the
 * server from the store, so it reads and links without client JavaScript; a fragment `#s-<start>-<end>`
 * (app/lib/document-link.ts) lands on one sentence.
 */
export default async function DocumentPage({ params, searchParams }: DocumentPageProps) {
  const { id } = await params;
  const about = (await searchParams)?.[ABOUT_PARAM];
  const loaded = await load(id);
  if (loaded.kind === 'not-found') notFound();
  if (loaded.kind === 'unavailable') return <StoreUnavailable message={loaded.message} />;

  const { document, entities, relations, names, neighbours } = loaded.data;
  const { evidence, focus } = markedEvidence(
    document.id,
    relations,
    names,
    typeof about === 'string' ? about : undefined,
  );
  const mentioned = entities.map((e) => ({
    ...e,
    mentions: e.mentions.filter((m) => m.documentId === document.id),
  }));
  const layout = layoutArticle(document.text, evidence, mentioned);
  const href = document.source === null ? null : sourceHref(document.source);

  return (
    <div className="article-page" data-testid="document-page" data-document-id={document.id}>
      <main className="article">
        <article aria-labelledby="article-title">
          <header className="article-header">
            <p className="article-eyebrow">Article</p>
            <h1 id="article-title" className="article-title" data-testid="article-title">
              {document.title}
            </h1>
            <p className="article-meta">
              {document.source !== null &&
                (href === null ? (
                  <span data-testid="article-source">{document.source}</span>
                ) : (
                  <a href={href} rel="noreferrer" data-testid="article-source">
                    {sourceLabel(document.source)}
                  </a>
                ))}
              {document.source !== null && document.publishedAt !== null && ' · '}
              {document.publishedAt !== null && (
                <time dateTime={document.publishedAt}>{formatPublishedAt(document.publishedAt)}</time>
              )}
              {document.source === null && document.publishedAt === null && 'Source and date unknown'}
            </p>
            {focus === null ? (
              <p className="article-legend">
                <mark className="sentence-evidence">Highlighted</mark> sentences are where the graph’s
                relations were read; <span className="entity-mention-sample">underlined names</span> open the
                entity in the explorer.
              </p>
            ) : (
              <p className="article-legend" data-testid="article-focus">
                <mark className="sentence-evidence">Highlighted</mark>: the {focus.shown} sentence
                {focus.shown === 1 ? '' : 's'} about <strong>{focus.name}</strong>, of the {focus.total} the
                graph’s relations were read from.{' '}
                <a href={documentHref(document.id)}>Mark all {focus.total}</a>
              </p>
            )}
            {layout.unlocated > 0 && (
              <p className="article-notice" role="note">
                {layout.unlocated} sentence{layout.unlocated === 1 ? '' : 's'} the graph cites could not be
                found at {layout.unlocated === 1 ? 'its' : 'their'} offsets in this text, so{' '}
                {layout.unlocated === 1 ? 'it is' : 'they are'} not highlighted.
              </p>
            )}
          </header>
          <SentenceFocus />
          <ArticleText layout={layout} names={names} neighbours={neighbours} />
        </article>
      </main>
      <aside className="article-aside" aria-label="What the graph read from this article">
        <ArticleRelations documentId={document.id} relations={relations} names={names} />
        <ArticleEntities documentId={document.id} entities={entities} neighbours={neighbours} />
      </aside>
    </div>
  );
}
