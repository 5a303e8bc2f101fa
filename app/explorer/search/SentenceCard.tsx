'use client';

import { documentHref } from '@/app/lib/document-link';
import { anchorSpanOf } from './sentence-anchor';
import type { SentenceSuggestion } from './use-sentence-suggestions';

/**
 * The sentence a reader chose in the sentences mode, under the search box: the sentence, its article, and
 * the way to it in the article view; its entities are drawn on the canvas meanwhile.
 */
export function SentenceCard({ hit, onClose }: { hit: SentenceSuggestion; onClose(): void }) {
  return (
    <div
      className="search-sentence-card"
      role="region"
      aria-label="Chosen sentence"
      data-testid="sentence-card"
    >
      <blockquote className="search-sentence-text">{hit.sentence}</blockquote>
      <p className="search-sentence-source">
        <a href={documentHref(hit.documentId, anchorSpanOf(hit))} data-testid="sentence-link">
          Read it in “{hit.document.title}”
        </a>
        {hit.entities.length > 0 && ` · ${hit.entities.map((e) => e.name).join(', ')} drawn`}
      </p>
      <button
        type="button"
        className="search-sentence-close"
        onClick={onClose}
        aria-label="Close the sentence"
      >
        ×
      </button>
    </div>
  );
}
