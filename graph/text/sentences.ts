/**
 * Sentence splitting and term finding for provenance: the offsets computed here are what evidence and
 * mentions store, so every function keeps `text.slice(start, end) === sentence` true. Pure functions, no I/O.
 */

/** One sentence of a text and where it sits: `text.slice(start, end) === text`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits `text` into sentences with the platform's Unicode sentence segmenter (UAX #29), so abbreviations
 * such as "US" and curly quotes are handled by a maintained rule set rather than a regex of ours.
 * Whitespace around each segment (the space or newline the segmenter attaches to a sentence) is trimmed and
 * the offsets moved with it; segments that are only whitespace (blank lines) are dropped.
 */
export function splitSentences(text: string, locale = 'en'): Sentence[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const leading = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed === '') continue;
    const start = index + leading;
    sentences.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return sentences;
}

/**
 * The first sentence whose text is exactly `sentence`, or undefined. Exact on purpose: evidence quotes the
 * article, so a near match means the quote was edited and must be fixed by a person, not guessed at.
 */
export function locateSentence(sentences: readonly Sentence[], sentence: string): Sentence | undefined {
  return sentences.find((s) => s.text === sentence);
}

// A word character for boundary purposes: any letter, digit or combining mark in any script. An apostrophe
// is not one, so "Bukele" is found in "Bukele’s".
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

/**
 * Whether `term` occurs in `text` as a whole word sequence: case-sensitive, and neither preceded nor
 * followed by a letter or digit ("X" is found in "platform X that" but not in "Xavier" or "TAX").
 */
export function containsTerm(text: string, term: string): boolean {
  if (term === '') return false;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const before = text[at - 1];
    const after = text[at + term.length];
    const boundaryBefore = before === undefined || !WORD_CHAR.test(before);
    const boundaryAfter = after === undefined || !WORD_CHAR.test(after);
    if (boundaryBefore && boundaryAfter) return true;
  }
  return false;
}
