'use client';

import { fetchDocument } from '@/app/lib/documents';
import { evidenceContext } from '@/app/lib/evidence-context';
import type { DocumentView, EvidenceView } from '@/app/lib/queries';
import { useAsync } from '@/app/lib/use-async';

/**
 * One evidence sentence shown where it sits in its article: the surrounding paragraph with the sentence
 * highlighted, and the article's title underneath. Everything is rendered as React text.
 */
export function EvidenceInContext({ evidence }: { evidence: EvidenceView }) {
  const article = useAsync(`document:${evidence.documentId}`, () => fetchDocument(evidence.documentId));

  return (
    <figure className="evidence" data-testid="evidence">
      {article.status === 'ready' && article.data !== null ? (
        <InContext evidence={evidence} article={article.data} />
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
              <>
                Could not load the article ({article.error.message}).{' '}
                <button type="button" className="button-link" onClick={article.retry}>
                  Retry
                </button>
              </>
            )}
          </figcaption>
        </>
      )}
    </figure>
  );
}

function InContext({ evidence, article }: { evidence: EvidenceView; article: DocumentView }) {
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
        {article.publishedAt !== null && <span> · {formatDate(article.publishedAt)}</span>}
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
      </figcaption>
    </>
  );
}

function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A URL shown as its host ("www.example.com"); any other source as written. */
function sourceLabel(source: string): string {
  try {
    return new URL(source).host;
  } catch {
    return source;
  }
}
