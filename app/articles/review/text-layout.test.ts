import { describe, expect, it } from 'vitest';
import { followUpDraft, FOLLOW_UP_TEXT } from '@/graph/drafts/testing/sample-draft';
import { splitSentences } from '@/graph/text/sentences';
import { layoutDraftText } from './text-layout';

describe('layoutDraftText', () => {
  const text = FOLLOW_UP_TEXT;
  const sentences = splitSentences(text);
  const laid = layoutDraftText(text, sentences, followUpDraft().entities);

  it('keeps every character of every sentence, at its offset', () => {
    for (const [i, s] of laid.entries()) {
      expect(s.pieces.map((p) => p.text).join('')).toBe(sentences[i]?.text);
      for (const p of s.pieces) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
    }
  });

  it('marks each proposed mention once, the longer of two overlapping spans winning', () => {
    const marks = laid.flatMap((s) => s.pieces.filter((p) => p.entityId !== null));
    expect(marks.map((p) => [p.text, p.entityId])).toContainEqual(['Nayib Bukele', 'nayib-bukele']);
    expect(marks.filter((p) => p.text.includes('Bukele'))).toHaveLength(2);
  });

  it('skips a span whose offsets fall outside the text', () => {
    const out = layoutDraftText(
      'Short.',
      [{ start: 0, end: 6 }],
      [{ id: 'x', spans: [{ documentId: 'd', text: 'far', start: 50, end: 53, via: 'name' }] }],
    );
    expect(out[0]?.pieces).toEqual([{ text: 'Short.', start: 0, entityId: null }]);
  });
});
