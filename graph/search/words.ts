/**
 * How search sees text: folded (lower case, accents and a few letters Lucene's ASCII folding also folds)
 * and cut into words. One definition for both stores and for every kind of search, so that the embedded
 * index (MiniSearch), the words we send to Neo4j's full-text index and our own ranking agree on what a
 * word is. Pure functions, no dependencies: the explorer's bundle may take them.
 */

// Letters NFD does not take apart but Lucene's ASCIIFoldingFilter (Neo4j's `standard-folding`) folds.
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};
const UNFOLDED = new RegExp(`[${Object.keys(FOLDED_LETTERS).join('')}]`, 'gu');

/** Lower case without accents: "Nayib Bukéle" → "nayib bukele", "Øresund" → "oresund". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(UNFOLDED, (letter) => FOLDED_LETTERS[letter] ?? letter);
}

/**
 * A word: letters and digits, with an apostrophe or a dot between two of them kept inside, as Unicode's
 * word rules (UAX #29, Lucene's standard tokenizer) keep them ("o'brien", "u.s"). Everything else
 * separates words, so "H. Clinton" is "h" and "clinton", and "Harbor-City" is "harbor" and "city".
 */
const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

/** The folded words of `text`, in order. */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/**
 * Words too common to index: the English stop words of Lucene's standard analyzers, which Neo4j's
 * `standard-folding` leaves out of its index, and so the embedded index too. Ranking still wants them in
 * the name ("ministry of culture").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  'such',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
]);

/**
 * The words of `text` an index is asked for: its folded words without the stop words, which no index
 * holds; but when there is nothing else ("a", "the" as one starts to type), the stop words themselves,
 * looked up as starts of longer words only (isStopWord tells the query builders).
 */
export function lookupWords(text: string): string[] {
  const all = words(text);
  const kept = all.filter((word) => !STOP_WORDS.has(word));
  return kept.length > 0 ? kept : all;
}
