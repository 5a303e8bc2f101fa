import type { SentenceInfo } from './analysis';
import { lexicons } from './lexicons';
import type { Token } from './tokens';

/** A group of people named in a sentence ("more than 100 Venezuelan men", "residents of Huancaré"). */
export interface RawGroup {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  name: string;
  /** The plural head ("men"), for "the men" later in the article. */
  noun: string;
  confidence: number;
  /** Numbered groups hide the words inside them from the name finder ("Venezuelan" is not a name). */
  hidesNames: boolean;
}

const MAX_MODIFIERS = 3;

function phraseAt(tokens: readonly Token[], i: number, phrases: readonly string[]): number {
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    if (words.every((w, k) => tokens[i + k]?.lower === w)) return words.length;
  }
  return 0;
}

function isNumber(token: Token | undefined): boolean {
  return token !== undefined && (/^\p{N}[\p{N},.]*$/u.test(token.text) || token.tags.has('Cardinal'));
}

/** The numbered and collective groups of one sentence. */
export function findGroups(sentence: SentenceInfo, text: string): RawGroup[] {
  const { tokens } = sentence;
  const lex = lexicons().groups;
  const nouns = new Set(lex.nouns);
  const groups: RawGroup[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const quantifier = phraseAt(tokens, i, lex.quantifiers);
    const numberAt = i + quantifier;
    const numberWords = isNumber(tokens[numberAt]) ? 1 : phraseAt(tokens, numberAt, lex.numbers);
    if (numberWords > 0) {
      const afterNumber = numberAt + numberWords;
      for (let k = afterNumber; k <= afterNumber + MAX_MODIFIERS && k < tokens.length; k += 1) {
        const token = tokens[k] as Token;
        if (nouns.has(token.lower)) {
          groups.push(group(tokens, text, i, k + 1, token.lower, 0.7, true));
          i = k;
          break;
        }
        if (token.tags.has('Verb') || /[,.;:]/u.test(token.post) || token.tags.has('Preposition')) break;
      }
      continue;
    }
    const collective = tokens[i];
    const link = tokens[i + 1];
    if (collective === undefined || link === undefined) continue;
    if (!lex.collectives.includes(collective.lower) || !['of', 'for'].includes(link.lower)) continue;
    // "Residents of the village of Huancaré": up to the first capitalised name, or a group noun.
    for (let k = i + 2; k < Math.min(tokens.length, i + 8); k += 1) {
      const token = tokens[k] as Token;
      if (/^\p{Lu}/u.test(token.text) || nouns.has(token.lower)) {
        let end = k + 1;
        while (end < tokens.length && !/[,.;:]/u.test((tokens[end - 1] as Token).post)) {
          const next = tokens[end] as Token;
          const joined =
            ['of', 'de', 'la', 'del'].includes(next.lower) && /^\p{Lu}/u.test(tokens[end + 1]?.text ?? '');
          if (joined) end += 2;
          else if (/^\p{Lu}/u.test(next.text)) end += 1;
          else break;
        }
        groups.push(group(tokens, text, i, end, collective.lower, 0.6, false));
        i = end - 1;
        break;
      }
      if (/[,.;:]/u.test(token.post) || token.tags.has('Verb')) break;
    }
  }
  return groups;
}

function group(
  tokens: readonly Token[],
  text: string,
  from: number,
  to: number,
  noun: string,
  confidence: number,
  hidesNames: boolean,
): RawGroup {
  const first = tokens[from] as Token;
  const last = tokens[to - 1] as Token;
  const end = last.end - (last.text.match(/['’]s?$/u)?.[0].length ?? 0);
  return {
    tokenStart: from,
    tokenEnd: to,
    start: first.start,
    end,
    name: text.slice(first.start, end),
    noun,
    confidence,
    hidesNames,
  };
}
