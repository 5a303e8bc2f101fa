import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/graph/text/sentences';
import { evidenceContext } from './evidence-context';

// The seed article: real text with real paragraph breaks, curly quotes and a long paragraph.
const article = readFileSync(
  new URL('../../../graph/data/documents/cecot-bukele-clinton.txt', import.meta.url),
  'utf8',
);
const sentences = splitSentences(article);
const sentenceContaining = (needle: string) => {
  const found = sentences.find((s) => s.text.includes(needle));
  if (found === undefined) throw new Error(`fixture: no sentence contains "${needle}"`);
  return { sentence: found.text, start: found.start, end: found.end };
};

describe('evidenceContext', () => {
  it('returns the sentence with the rest of its paragraph before and after it', () => {
    const span = sentenceContaining('Correspondent Sharyn Alfonsi');
    const context = evidenceContext(article, span);
    expect(context.located).toBe(true);
    expect(context.sentence).toBe(span.sentence);
    expect(context.before).toMatch(/^The exchange followed controversy/);
    expect(context.after).toBe('');
    expect(`${context.before}${context.sentence}${context.after}`).toBe(
      article.slice(article.lastIndexOf('\n', span.start) + 1, span.end),
    );
  });

  it('never reaches into the neighbouring paragraphs', () => {
    const span = sentenceContaining('He concluded by saying');
    const context = evidenceContext(article, span);
    expect(context.before).toBe('');
    expect(context.after).toBe('');
    expect(context.cutBefore).toBe(false);
    expect(context.cutAfter).toBe(false);
  });

  it('cuts a long paragraph to the radius at word boundaries and says so', () => {
    const span = sentenceContaining('In his reply, Bukele');
    const context = evidenceContext(article, span, 40);
    expect(context.cutAfter).toBe(true);
    expect(context.after.length).toBeLessThanOrEqual(40);
    const afterStart = span.end;
    // The shown text is a prefix of the paragraph text that follows, ending at the end of a word.
    expect(article.slice(afterStart).startsWith(context.after)).toBe(true);
    expect(article[afterStart + context.after.length]).toMatch(/\s/);
  });

  it('starts a cut context at the beginning of a word', () => {
    const span = sentenceContaining('He added that the government would be willing');
    const context = evidenceContext(article, span, 30);
    expect(context.cutBefore).toBe(true);
    const shownFrom = span.start - context.before.length;
    expect(article.slice(shownFrom, span.start)).toBe(context.before);
    expect(article[shownFrom - 1]).toMatch(/\s/);
  });

  it('shows only the quoted sentence when the offsets do not point at it', () => {
    const span = sentenceContaining('Correspondent Sharyn Alfonsi');
    const context = evidenceContext(article, { ...span, start: span.start + 1, end: span.end + 1 });
    expect(context).toMatchObject({ located: false, before: '', after: '', sentence: span.sentence });
  });

  it('treats offsets past the end of the text as not located', () => {
    const context = evidenceContext('Short text.', { sentence: 'Short text.', start: 5, end: 500 });
    expect(context.located).toBe(false);
  });
});
