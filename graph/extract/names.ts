import type { SentenceInfo } from './analysis';
import { genderOf, typeOfName } from './entity-type';
import { lexicons } from './lexicons';
import type { TitleMatch } from './titles';
import { titleAt } from './titles';
import type { Token } from './tokens';
import { isCapitalised } from './tokens';

/** A name found in one sentence, before it is tied to an entity of the article. */
export interface RawName {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  name: string;
  type: string;
  confidence: number;
  possessive: boolean;
  gender?: 'male' | 'female';
  /** The title right before the name, if any ("President Nayib Bukele"). */
  title?: TitleMatch;
  /** A single word whose type came from nothing but its shape: may stand for a longer name. */
  weak: boolean;
}

const CONNECTORS = new Set([
  'of',
  'de',
  'del',
  'da',
  'do',
  'dos',
  'la',
  'le',
  'von',
  'van',
  'der',
  'al',
  'bin',
  'y',
]);
const BREAKING_PUNCTUATION = /[,.;:!?()[\]“”"—–]/u;
const POSSESSIVE = /['’]s?$/u;

function breaksAfter(token: Token): boolean {
  return BREAKING_PUNCTUATION.test(token.post) || POSSESSIVE.test(token.text);
}

/** Whether the token can be part of a name at this place in the sentence. */
function nameable(tokens: readonly Token[], i: number, blocked: ReadonlySet<number>): boolean {
  const token = tokens[i];
  if (token === undefined || blocked.has(i)) return false;
  if (!isCapitalised(token) && !/^\p{N}/u.test(token.text)) return false;
  if (/^\p{N}/u.test(token.text) && !token.pre.includes('“') && !token.pre.includes('"')) return false;
  return true;
}

function startsName(tokens: readonly Token[], i: number, nameWords: ReadonlySet<string>): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  const { stopwords } = lexicons();
  if (stopwords.has(token.lower.replace(POSSESSIVE, ''))) return false;
  const sentenceInitial = i === 0 || /[“"]/u.test(token.pre);
  if (
    sentenceInitial &&
    !token.tags.has('ProperNoun') &&
    !token.tags.has('Acronym') &&
    !nameWords.has(token.text)
  ) {
    const next = tokens[i + 1];
    const nextIsName = next !== undefined && isCapitalised(next) && !breaksAfter(token);
    if (!nextIsName || token.tags.has('Plural') || token.tags.has('Verb')) return false;
  }
  return true;
}

/**
 * Capitalised words seen inside sentences (not at their start): a sentence-opening word the tagger does
 * not know as a name ("Bukele said …") is still one when the article capitalises it elsewhere.
 */
export function nameWordsOf(sentences: readonly SentenceInfo[]): Set<string> {
  const words = new Set<string>();
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      if (i > 0 && !/[“"]/u.test(t.pre) && isCapitalised(t)) words.add(t.text.replace(POSSESSIVE, ''));
    });
  }
  return words;
}

/** Token indices covered by the titles in a sentence, and each title by the token right after it. */
export function findTitles(sentence: SentenceInfo, text: string): Map<number, TitleMatch> {
  const byNext = new Map<number, TitleMatch>();
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i += 1) {
    const match = titleAt(tokens, i, text);
    if (match === undefined) continue;
    byNext.set(match.tokenEnd, match);
    i = match.tokenEnd - 1;
  }
  return byNext;
}

/**
 * The capitalised names of one sentence: runs of capitalised words, joined by "of"/"de" and the like,
 * broken at punctuation, possessives and titles ("CBS News Editor-in-Chief Bari Weiss" gives "CBS News"
 * and "Bari Weiss"), with a lower-case head pulled in ("Trump administration"), typed from the name and
 * from a title before it.
 */
export function findNames(
  sentence: SentenceInfo,
  text: string,
  blocked: ReadonlySet<number>,
  nameWords: ReadonlySet<string> = new Set(),
): RawName[] {
  const { tokens } = sentence;
  const titles = findTitles(sentence, text);
  const titleTokens = new Set<number>();
  for (const t of titles.values()) for (let k = t.tokenStart; k < t.tokenEnd; k += 1) titleTokens.add(k);
  const block = new Set([...blocked, ...titleTokens]);
  const names: RawName[] = [];

  for (let i = 0; i < tokens.length; i += 1) {
    if (!nameable(tokens, i, block) || !startsName(tokens, i, nameWords)) continue;
    let end = i + 1;
    while (end < tokens.length) {
      const prev = tokens[end - 1];
      if (prev === undefined || breaksAfter(prev)) break;
      if (nameable(tokens, end, block)) {
        end += 1;
        continue;
      }
      const connector = tokens[end];
      if (connector !== undefined && CONNECTORS.has(connector.lower) && !breaksAfter(connector)) {
        let next = end + 1;
        if (tokens[next]?.lower === 'the' && !breaksAfter(tokens[next] as Token)) next += 1;
        if (nameable(tokens, next, block)) {
          end = next + 1;
          continue;
        }
      }
      break;
    }
    const only = tokens[i] as Token;
    // A lone plural ("Salvadorans", "Democrats") is a group of people, not a name.
    if (end === i + 1 && only.tags.has('Plural') && !only.tags.has('Acronym') && !titles.has(i)) continue;
    names.push(nameFrom(sentence, text, i, end, titles.get(i)));
    i = end - 1;
  }
  return names;
}

function nameFrom(
  sentence: SentenceInfo,
  text: string,
  from: number,
  to: number,
  title: TitleMatch | undefined,
): RawName {
  const { tokens } = sentence;
  const lex = lexicons();
  const first = tokens[from] as Token;
  let lastIndex = to - 1;
  let last = tokens[lastIndex] as Token;
  let possessive = POSSESSIVE.test(last.text) && last.text.length > 2;
  let type: string | undefined;
  let confidence = 0;

  // A lower-case head right after the name ("Trump administration", "Cerro Verde Alto copper mine").
  if (!breaksAfter(last)) {
    for (const length of [2, 1]) {
      const words = tokens.slice(to, to + length);
      if (words.length !== length) continue;
      const phrase = words.map((t) => t.lower.replace(POSSESSIVE, '')).join(' ');
      const headType = lex.lowercaseHeads.get(phrase);
      if (headType !== undefined && words.every((t, k) => k === words.length - 1 || !breaksAfter(t))) {
        lastIndex = to + length - 1;
        last = tokens[lastIndex] as Token;
        possessive = POSSESSIVE.test(last.text);
        type = headType;
        confidence = 0.75;
        break;
      }
    }
  }

  const typingHead =
    type === undefined && !breaksAfter(last) ? lex.typingHeads.get(tokens[to]?.lower ?? '') : undefined;
  if (typingHead !== undefined) {
    type = typingHead;
    confidence = 0.75;
  }
  const end = possessive ? last.end - (last.text.match(POSSESSIVE)?.[0].length ?? 0) : last.end;
  const name = text.slice(first.start, end);
  const nameTokens = tokens.slice(from, lastIndex + 1);
  const country = lex.countries.get(name);
  const own = typeOfName(country ?? name, nameTokens);
  if (type === undefined) {
    type = own.type;
    confidence = own.confidence;
  }
  if (title !== undefined && type !== 'Country' && own.confidence < 0.8) {
    type = 'Person';
    confidence = 0.85;
  }
  const quoted = /[“"]/u.test(first.pre) && /[”"]/u.test(last.post) && nameTokens.length <= 5;
  if (quoted && type !== 'Country' && confidence < 0.75) {
    type = 'Program';
    confidence = 0.6;
  }
  return {
    tokenStart: from,
    tokenEnd: lastIndex + 1,
    start: first.start,
    end,
    name: country ?? name,
    type,
    confidence,
    possessive,
    gender: genderOf(nameTokens),
    ...(title !== undefined ? { title } : {}),
    weak: nameTokens.length === 1 && confidence < 0.6,
  };
}
