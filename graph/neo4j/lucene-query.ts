import { allowedEdits } from '../search/name-match';
import { lookupWords, STOP_WORDS } from '../search/words';

/**
 * The Lucene queries we send to Neo4j's full-text indexes, built from our own words (graph/search/words.ts),
 * never from what a person typed: every word is escaped, so `*`, `~`, `:`, quotes, brackets and the like
 * in the input are text, never query syntax. Stop words are left out (the `standard-folding` analyzer
 * left them out of the index; see lookupWords), or looked up as starts of words only when there is
 * nothing else; ranking puts them back in (name-match.ts). An empty string means "nothing to look up",
 * and the caller answers with no results rather than sending it.
 */

// Lucene's query syntax: + - && || ! ( ) { } [ ] ^ " ~ * ? : \ / and whitespace.
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/\s]/g;

/** `word` with every character of Lucene's syntax escaped. */
export function escapeLucene(word: string): string {
  return word.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * Names: every word must match a word of the entity exactly, as its start, or (long enough words) within
 * allowedEdits typos. Exact words weigh most, so that when more entities match than the statement keeps,
 * the closest ones are kept.
 */
export function nameQuery(query: string): string {
  return lookupWords(query)
    .map((word) => {
      const w = escapeLucene(word);
      if (STOP_WORDS.has(word)) return `+${w}*`;
      const edits = allowedEdits(word);
      return `+(${w}^4 OR ${w}*^2${edits > 0 ? ` OR ${w}~${edits}` : ''})`;
    })
    .join(' ');
}

/** Sentences: every word must be in the text; the last one may be the start of a word, as one types. */
export function textQuery(query: string): string {
  const found = lookupWords(query);
  return found
    .map((word, i) => {
      const w = escapeLucene(word);
      if (STOP_WORDS.has(word)) return `+${w}*`;
      return i === found.length - 1 ? `+(${w} OR ${w}*)` : `+${w}`;
    })
    .join(' ');
}
