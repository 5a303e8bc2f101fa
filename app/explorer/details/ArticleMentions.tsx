'use client';

import { documentHref } from '@/app/lib/document-link';
import type { EvidenceView } from '@/app/lib/queries';
import { useAsync } from '@/app/lib/use-async';
import { fetchDocument } from './documents';
import { EvidenceInContext } from './EvidenceInContext';

/**
 * The sentences that mention an entity, grouped by the article they are in: with many articles about one
 * story, "which articles name her, and where" is the question, so each article is a heading (a link to
 * it) with its sentences under it, in the order the graph lists them.
 */
export function ArticleMentions({
  evidence,
  entityId,
}: {
  evidence: readonly EvidenceView[];
  /** The entity mentioned: its article links mark only the sentences about it. */
  entityId: string;
}) {
  const groups = new Map<string, EvidenceView[]>();
  for (const e of evidence) groups.set(e.documentId, [...(groups.get(e.documentId) ?? []), e]);
  return (
    <>
      {[...groups].map(([documentId, sentences]) => (
        <section
          key={documentId}
          className="mention-article"
          data-testid="mention-article"
          data-document-id={documentId}
          aria-label={`Sentences in ${documentId}`}
        >
          <h4 className="mention-article-title">
            <ArticleTitle id={documentId} />{' '}
            <span className="section-count">
              {sentences.length} sentence{sentences.length === 1 ? '' : 's'}
            </span>
          </h4>
          <ol className="evidence-list">
            {sentences.map((e) => (
              <li key={`${e.documentId}:${e.start}`}>
                <EvidenceInContext evidence={e} about={entityId} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

function ArticleTitle({ id }: { id: string }) {
  const article = useAsync(`document:${id}`, () => fetchDocument(id));
  const title = article.status === 'ready' && article.data !== null ? article.data.title : id;
  return <a href={documentHref(id)}>{title}</a>;
}
