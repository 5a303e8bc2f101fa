import nlp from 'compromise';

/**
 * One word of a sentence as the tagger saw it, with offsets into the whole document:
 * `documentText.slice(start, end) === text`. `pre` and `post` are the punctuation and spaces around it.
 */
export interface Token {
  index: number;
  text: string;
  lower: string;
  start: number;
  end: number;
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** The verb's infinitive ("criticized" → "criticize"), for verbs; the lower-case word otherwise. */
  lemma: string;
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  root?: string | null;
  offset: { start: number; length: number };
}

/**
 * Tags one sentence with compromise (part of speech, person and place names, verb infinitives) and turns
 * its terms into tokens placed in the document. compromise's offsets are checked against the text and
 * recomputed by search when they disagree (they can, around characters outside the Basic Multilingual
 * Plane), so every token's offsets are exact or the token is left out.
 */
export function tokenize(sentence: string, sentenceStart: number): Token[] {
  const doc = nlp(sentence);
  doc.compute('root');
  const json = doc.json({ offset: true }) as { terms: CompromiseTerm[] }[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (const sentenceJson of json) {
    for (const term of sentenceJson.terms) {
      if (term.text === '') continue;
      let at = term.offset.start;
      if (sentence.slice(at, at + term.text.length) !== term.text) at = sentence.indexOf(term.text, cursor);
      if (at < 0) continue;
      cursor = at + term.text.length;
      const lower = term.text.toLowerCase();
      tokens.push({
        index: tokens.length,
        text: term.text,
        lower,
        start: sentenceStart + at,
        end: sentenceStart + at + term.text.length,
        pre: term.pre,
        post: term.post,
        tags: new Set(term.tags),
        lemma: term.tags.includes('Verb') && term.root ? term.root : lower,
      });
    }
  }
  return tokens;
}

/** Whether the token begins with a capital letter or a digit (names such as "60 Minutes" start with one). */
export function isCapitalised(token: Token): boolean {
  return /^[\p{Lu}\p{Lt}]/u.test(token.text);
}

/** The token without a trailing possessive ("Bukele’s" → "Bukele"). */
export function withoutPossessive(text: string): string {
  return text.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '');
}

export function isPossessive(token: Token): boolean {
  return /['’]s?$/u.test(token.text) && token.text.length > 2;
}
