'use client';

import { formatPublishedAt, sourceLabel } from '@/app/documents/article-meta';
import { InlineFailure } from '@/app/lib/FailureAction';
import { documentHref } from '@/app/lib/document-link';
import { fetchDocument } from './documents';
import { evidenceContext } from './evidence-context';
import type { DocumentView, EvidenceView } from '@/app/lib/queries';
import { useAsync } from '@/app/lib/use-async';

/**
 * One evidence sentence shown where it sits in its article: the surrounding paragraph with the sentence
 * highlighted, the article's title underneath, and a link that opens the article at that sentence (shown
 * whatever state the article's loading is in: the document page reads the store itself). Everything is
 * rendered as React text.
 */
/** `about`: the entity or relation whose evidence this is (the article then marks only its sentences). */
export function EvidenceInContext({ evidence, about }: { evidence: EvidenceView; about: string }) {
  const article = useAsync(`document:${evidence.documentId}`, () => fetchDocument(evidence.documentId));

  return (
    <figure className="evidence" data-testid="evidence">
      {article.status === 'ready' && article.data !== null ? (
        <InContext evidence={evidence} article={article.data} about={about} />
      ) : (
        <>
          <blockquote className="evidence-text">
            <mark data-testid="evidence-sentence">{evidence.sentence}</mark>
          </blockquote>
          <figcaption className="evidence-source">
            {article.status === 'loading' && 'Loading the article…'}
            {article.status === 'ready' &&
              `The article “${evidence.documentId}” is not in the graph any more.`}
            {article.status === 'error' && (
              <InlineFailure what="load the article" error={article.error} onRetry={article.retry} />
            )}
            {!(article.status === 'ready' && article.data === null) && (
              <ReadInArticle evidence={evidence} about={about} />
            )}
          </figcaption>
        </>
      )}
    </figure>
  );
}

function InContext({
  evidence,
  article,
  about,
}: {
  evidence: EvidenceView;
  article: DocumentView;
  about: string;
}) {
  const context = evidenceContext(article.text, evidence);
  return (
    <>
      <blockquote className="evidence-text" cite={article.source ?? undefined}>
        {context.cutBefore && '… '}
        {context.before}
        <mark data-testid="evidence-sentence">{context.sentence}</mark>
        {context.after}
        {context.cutAfter && ' …'}
      </blockquote>
      <figcaption className="evidence-source">
        <cite className="evidence-title">{article.title}</cite>
        {article.publishedAt !== null && <span> · {formatPublishedAt(article.publishedAt)}</span>}
        {article.source !== null && <span> · {sourceLabel(article.source)}</span>}
        <span className="evidence-offsets">
          {' '}
          · characters {evidence.start}–{evidence.end}
        </span>
        {!context.located && (
          <span className="evidence-warning" role="note">
            {' '}
            · These offsets do not match the article text; the sentence is shown without its context.
          </span>
        )}
        <ReadInArticle evidence={evidence} about={about} />
      </figcaption>
    </>
  );
}

/** A plain link (a full page load), so the document page's `:target` marks the sentence on arrival. */
function ReadInArticle({ evidence, about }: { evidence: EvidenceView; about: string }) {
  return (
    <span className="evidence-read">
      {' '}
      ·{' '}
      <a href={documentHref(evidence.documentId, evidence, about)} data-testid="read-in-article">
        Read it in the article
      </a>
    </span>
  );
}
