/**
 * Links into the document view (`/documents/[id]`), shared by every place that points at a sentence (the
 * edge details, the path finder's chain of evidence, the table view) and by the page that answers them.
 * The fragment names the exact span, so the page can scroll to it and mark it as the one the reader came
 * for: `#s-<start>-<end>` with the evidence's character offsets into the document's text.
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

/** URL parameter of the document view: the entity or relation the reader came from. */
export const ABOUT_PARAM = 'about';

/**
 * `/documents/<id>`, or `/documents/<id>#s-<start>-<end>` to land on one sentence. With `about` (the id
 * of the entity or relation the reader came from), `?about=<id>`: the page then marks only the sentences
 * about it, and marks the others on request.
 */
export function documentHref(documentId: string, span?: SentenceSpan, about?: string): string {
  const base = `/documents/${encodeURIComponent(documentId)}`;
  const query = about === undefined ? '' : `?${ABOUT_PARAM}=${encodeURIComponent(about)}`;
  return span === undefined ? `${base}${query}` : `${base}${query}#${sentenceAnchor(span)}`;
}

/** The element id the document view gives the sentence spanning `span`. */
export function sentenceAnchor(span: SentenceSpan): string {
  return `s-${span.start}-${span.end}`;
}

/** The span a fragment names (`#s-10-42` or `s-10-42`), or null when it names none. */
export function spanFromAnchor(fragment: string): SentenceSpan | null {
  const match = /^#?s-(\d{1,9})-(\d{1,9})$/.exec(fragment);
  if (match === null) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : null;
}
