import type { DraftEntity } from '@/graph/extract/draft';

/** One piece of a sentence on the review screen: plain text, or a proposed mention of an entity. */
interface Piece {
  text: string;
  start: number;
  /** The draft entity this piece mentions, if it is a mention. */
  entityId: string | null;
}

export interface LaidSentence {
  start: number;
  end: number;
  pieces: Piece[];
}

/**
 * Cuts the article's sentences into plain text and proposed mentions (the entities' spans), so the
 * review screen highlights each mention where it is. Spans that overlap one already placed (a surname
 * inside the full name) are skipped: one mark per stretch of text. Offsets are the article's own.
 */
export function layoutDraftText(
  text: string,
  sentences: readonly { start: number; end: number }[],
  entities: readonly Pick<DraftEntity, 'id' | 'spans'>[],
): LaidSentence[] {
  const spans = entities
    .flatMap((e) => e.spans.map((s) => ({ start: s.start, end: s.end, entityId: e.id })))
    .filter((s) => s.end > s.start && text.slice(s.start, s.end) !== '')
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const placed: typeof spans = [];
  for (const span of spans) {
    const last = placed[placed.length - 1];
    if (last === undefined || span.start >= last.end) placed.push(span);
  }
  return sentences.map(({ start, end }) => {
    const pieces: Piece[] = [];
    let at = start;
    for (const span of placed) {
      if (span.start < start || span.end > end) continue;
      if (span.start > at) pieces.push({ text: text.slice(at, span.start), start: at, entityId: null });
      pieces.push({ text: text.slice(span.start, span.end), start: span.start, entityId: span.entityId });
      at = span.end;
    }
    if (at < end) pieces.push({ text: text.slice(at, end), start: at, entityId: null });
    return { start, end, pieces };
  });
}
