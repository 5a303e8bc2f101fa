/**
 * An evidence sentence in the context of its article: the paragraph around it, cut to a window of
 * characters when the paragraph is long. Pure string work on `Document.text`, so the panel can render the
 * three parts as React text with the sentence in a `<mark>`.
 */

export interface EvidenceSpan {
  sentence: string;
  start: number;
  end: number;
}

export interface EvidenceContext {
  /** Text of the paragraph before the sentence (possibly cut at a word boundary). */
  before: string;
  sentence: string;
  /** Text of the paragraph after the sentence (possibly cut at a word boundary). */
  after: string;
  /** True when `before` does not start at the paragraph's start (the page shows an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
  /**
   * False when the offsets do not point at the sentence in this text: the evidence and the article
   * disagree, so only the quoted sentence is shown, without a context that would be wrong.
   */
  located: boolean;
}

/** Default number of characters of context on each side of the sentence. */
const CONTEXT_RADIUS = 300;

/**
 * Public entry point: the context of `span` in `text`. The window is the sentence's paragraph (lines are
 * paragraphs in our documents), at most `radius` characters each side, never cutting a word in half.
 */
export function evidenceContext(text: string, span: EvidenceSpan, radius = CONTEXT_RADIUS): EvidenceContext {
  const { sentence, start, end } = span;
  if (start < 0 || end > text.length || text.slice(start, end) !== sentence) {
    return { before: '', sentence, after: '', cutBefore: false, cutAfter: false, located: false };
  }

  const paragraphStart = text.lastIndexOf('\n', start - 1) + 1;
  const newlineAfter = text.indexOf('\n', end);
  const paragraphEnd = newlineAfter === -1 ? text.length : newlineAfter;

  let from = Math.max(paragraphStart, start - radius);
  const cutBefore = from > paragraphStart;
  if (cutBefore) from = nextWordStart(text, from, start);

  let to = Math.min(paragraphEnd, end + radius);
  const cutAfter = to < paragraphEnd;
  if (cutAfter) to = previousWordEnd(text, to, end);

  return {
    before: text.slice(from, start).trimStart(),
    sentence,
    after: text.slice(end, to).trimEnd(),
    cutBefore,
    cutAfter,
    located: true,
  };
}

/** The first index at or after `at` (and not past `limit`) that starts a word. */
function nextWordStart(text: string, at: number, limit: number): number {
  if (at > 0 && /\s/.test(text[at - 1] ?? '')) return at;
  const space = text.slice(at, limit).search(/\s/);
  return space === -1 ? limit : at + space + 1;
}

/** The last index at or before `at` (and not before `limit`) that ends a word. */
function previousWordEnd(text: string, at: number, limit: number): number {
  if (/\s/.test(text[at] ?? ' ')) return at;
  const head = text.slice(limit, at);
  const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'));
  return space === -1 ? limit : limit + space;
}
