import type { SentenceSpan } from '@/app/lib/document-link';
import type { SentenceSuggestion } from './use-sentence-suggestions';

/**
 * The span to link to for a sentence hit: the article page gives an element id only to the sentences the
 * graph points at (evidence and mentions, app/documents/article-segments.ts), so the link lands on the
 * first of those inside the hit, and on the article's top when the graph points at none of its sentences.
 */
export function anchorSpanOf(hit: SentenceSuggestion): SentenceSpan | undefined {
  const spans = [...hit.relations, ...hit.entities].flatMap((item) => item.evidence);
  return spans.find((s) => s.documentId === hit.documentId && s.start >= hit.start && s.end <= hit.end);
}
