import { describe, expect, it } from 'vitest';
import type { Inline, MentionedEntity, Paragraph, SentenceBlock, SpanRef } from './article-segments';
import { findNames, layoutArticle } from './article-segments';

const FIRST = 'Ana Ruiz criticized The Late Hour.';
const SECOND = 'The show, said the minister, was a disgrace.';
const THIRD = 'Northwind TV pulled it.';
const TEXT = `${FIRST} ${SECOND}\n\n${THIRD}`;

function span(sentence: string, text = TEXT): SpanRef {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`not in the text: ${sentence}`);
  return { sentence, start, end: start + sentence.length };
}

function entity(id: string, name: string, sentences: string[], aliases: string[] = []): MentionedEntity {
  return { id, name, aliases, mentions: sentences.map((s) => span(s)) };
}

const sentencesOf = (paragraphs: readonly Paragraph[]): SentenceBlock[] =>
  paragraphs.flatMap((p) => p.children.filter((c): c is SentenceBlock => c.kind === 'sentence'));

const namesOf = (parts: readonly (Inline | SentenceBlock)[]): string[] =>
  parts.flatMap((part) =>
    part.kind === 'sentence'
      ? namesOf(part.parts)
      : part.kind === 'name'
        ? [`${part.text}→${part.entityId}`]
        : [],
  );

/** The paragraph's text as rendered: every character of the article, once, in order. */
function textOf(paragraph: Paragraph): string {
  return paragraph.children
    .flatMap((c) => (c.kind === 'sentence' ? c.parts : [c]))
    .map((p) => p.text)
    .join('');
}

describe('layoutArticle', () => {
  it('makes one paragraph per non-empty line and keeps every character of it', () => {
    const { paragraphs } = layoutArticle(TEXT, [span(FIRST)], []);
    expect(paragraphs.map(textOf)).toEqual([`${FIRST} ${SECOND}`, THIRD]);
    expect(paragraphs.map((p) => p.start)).toEqual([0, TEXT.indexOf(THIRD)]);
  });

  it('anchors each evidence sentence once, by its offsets, however many relations cite it', () => {
    const first = span(FIRST);
    const { paragraphs } = layoutArticle(TEXT, [first, first, span(THIRD)], []);
    expect(sentencesOf(paragraphs).map((s) => [s.anchor, s.evidence])).toEqual([
      [`s-${first.start}-${first.end}`, true],
      [`s-${span(THIRD).start}-${span(THIRD).end}`, true],
    ]);
  });

  it('anchors sentences only entities mention too, without calling them evidence', () => {
    const ruiz = entity('ana-ruiz', 'Ana Ruiz', [FIRST, SECOND]);
    const blocks = sentencesOf(layoutArticle(TEXT, [span(FIRST)], [ruiz]).paragraphs);
    expect(blocks.map((s) => s.evidence)).toEqual([true, false]);
  });

  it('links the names and aliases of mentioned entities inside their mention sentences', () => {
    const ruiz = entity('ana-ruiz', 'Ana Ruiz', [FIRST, SECOND], ['the minister']);
    const show = entity('late-hour', 'The Late Hour', [FIRST]);
    const { paragraphs } = layoutArticle(TEXT, [span(FIRST)], [ruiz, show]);
    expect(namesOf(paragraphs[0]?.children ?? [])).toEqual([
      'Ana Ruiz→ana-ruiz',
      'The Late Hour→late-hour',
      'the minister→ana-ruiz',
    ]);
  });

  it('does not link a name outside the sentences that mention its entity', () => {
    const northwind = entity('northwind-tv', 'Northwind TV', [FIRST]);
    expect(namesOf(layoutArticle(TEXT, [], [northwind]).paragraphs.flatMap((p) => p.children))).toEqual([]);
  });

  it('prefers the longest name where two overlap', () => {
    const text = 'Surviving CECOT was shown.';
    const sentence = { sentence: text, start: 0, end: text.length };
    const film = { id: 'surviving-cecot', name: 'Surviving CECOT', aliases: [], mentions: [sentence] };
    const prison = { id: 'cecot', name: 'CECOT', aliases: [], mentions: [sentence] };
    const { paragraphs } = layoutArticle(text, [], [prison, film]);
    expect(namesOf(paragraphs[0]?.children ?? [])).toEqual(['Surviving CECOT→surviving-cecot']);
  });

  it('skips spans whose offsets do not point at their sentence, and counts them', () => {
    const wrong = { ...span(FIRST), start: 1, end: FIRST.length + 1 };
    const layout = layoutArticle(TEXT, [wrong, span(THIRD)], []);
    expect(layout.unlocated).toBe(1);
    expect(sentencesOf(layout.paragraphs)).toHaveLength(1);
  });

  it('keeps an anchor for a span that overlaps a longer sentence', () => {
    const inner = span('criticized The Late Hour.');
    const layout = layoutArticle(TEXT, [span(FIRST), inner], []);
    expect(sentencesOf(layout.paragraphs)).toHaveLength(1);
    expect(layout.extraAnchors).toEqual([{ anchor: `s-${inner.start}-${inner.end}`, at: inner.start }]);
  });

  it('cuts a sentence that spans a line break, keeping its anchor where it starts', () => {
    const text = 'First half\nsecond half.';
    const whole = { sentence: text, start: 0, end: text.length };
    const blocks = sentencesOf(layoutArticle(text, [whole], []).paragraphs);
    expect(blocks.map((b) => b.anchor)).toEqual([`s-0-${text.length}`, null]);
  });

  it('hands names over as text, whatever characters they hold', () => {
    const text = 'Then <img src=x onerror=alert(1)> spoke.';
    const sentence = { sentence: text, start: 0, end: text.length };
    const odd = { id: 'odd', name: '<img src=x onerror=alert(1)>', aliases: [], mentions: [sentence] };
    expect(namesOf(layoutArticle(text, [sentence], [odd]).paragraphs[0]?.children ?? [])).toEqual([
      '<img src=x onerror=alert(1)>→odd',
    ]);
  });
});

describe('findNames', () => {
  const text = 'The administration said US officials told us so.';
  const whole = { start: 0, end: text.length };

  it('accepts a different case for the first letter only', () => {
    const admin = { id: 'a', name: 'the administration', aliases: [], mentions: [] };
    const us = { id: 'us', name: 'United States', aliases: ['US'], mentions: [] };
    expect(findNames(text, whole, admin).map((n) => text.slice(n.start, n.end))).toEqual([
      'The administration',
    ]);
    expect(findNames(text, whole, us).map((n) => text.slice(n.start, n.end))).toEqual(['US']);
  });

  it('matches whole words only', () => {
    const said = { id: 's', name: 'aid', aliases: [], mentions: [] };
    expect(findNames(text, whole, said)).toEqual([]);
  });
});
