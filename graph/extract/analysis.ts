import type { MentionSpan } from './draft';
import type { Token } from './tokens';

/**
 * The rules extractor's working model of one article: its sentences (from our splitter) with their
 * tokens, the entities found so far and every place they are mentioned. Built in passes (names, groups,
 * titles, coreference) and read by the relation rules.
 */

export interface SentenceInfo {
  index: number;
  text: string;
  start: number;
  end: number;
  /** Empty for a sentence too long to tag (see MAX_TAGGED_SENTENCE_CHARS). */
  tokens: Token[];
  /** Quoted stretches, as [start, end) offsets into the document, quote marks included. */
  quotes: readonly (readonly [number, number])[];
}

export type Gender = 'male' | 'female';

export interface EntityCandidate {
  /** Stable within a run: the normalised name the entity was first found under. */
  key: string;
  name: string;
  type: string;
  confidence: number;
  aliases: Set<string>;
  description: string | null;
  gender?: Gender;
  /** Order of first mention, for deterministic output. */
  firstAt: number;
}

export interface Mention {
  entity: EntityCandidate;
  sentence: number;
  start: number;
  end: number;
  /** First and one-past-last token of the mention in its sentence. */
  tokenStart: number;
  tokenEnd: number;
  via: MentionSpan['via'];
  /** The name ended in a possessive ("El Salvador’s"). */
  possessive: boolean;
}

export interface ProposedRelation {
  type: string;
  source: EntityCandidate;
  target: EntityCandidate;
  sentence: number;
  statement: string | null;
  role: string | null;
  confidence: number;
}

export interface Analysis {
  text: string;
  sentences: SentenceInfo[];
  entities: EntityCandidate[];
  mentions: Mention[];
  relations: ProposedRelation[];
  warnings: string[];
}

/** Longer than this, a run of capitalised words is not taken for a name (the model allows 200). */
export const MAX_NAME_CHARS = 100;

/** The longest sentence the tagger is given; longer ones still split and quote, but propose nothing. */
export const MAX_TAGGED_SENTENCE_CHARS = 2_000;

/** The mentions of one sentence, in text order. */
export function mentionsIn(analysis: Analysis, sentence: number): Mention[] {
  return analysis.mentions
    .filter((m) => m.sentence === sentence)
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

export function insideQuote(sentence: SentenceInfo, at: number): boolean {
  return sentence.quotes.some(([s, e]) => at >= s && at < e);
}

/** Quoted stretches of a sentence: curly or straight double quotes, paired left to right. */
export function findQuotes(text: string, offset: number): [number, number][] {
  const quotes: [number, number][] = [];
  const re = /“[^”]*”|"[^"]*"/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    quotes.push([offset + m.index, offset + m.index + m[0].length]);
  }
  return quotes;
}
