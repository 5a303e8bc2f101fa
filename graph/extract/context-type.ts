import type { SentenceInfo } from './analysis';
import { lexicons } from './lexicons';
import type { RawName } from './names';
import { titleAt } from './titles';

const NAMING_WORDS = new Set(['titled', 'entitled', 'called', 'named', 'dubbed']);

const PLACE_NOUNS: Record<string, string> = {
  region: 'Region',
  province: 'Region',
  state: 'Region',
  department: 'Region',
  village: 'City',
  town: 'City',
  city: 'City',
};

/**
 * Types a name from the words around it, which beat the name's own shape: a describing noun before it
 * ("the regulator Ofcom"), an apposition after it ("Via Libre, a human rights group"), a title in that
 * apposition ("Rosa Quispe, a community leader"), or "the village of Huancaré".
 */
export function typeFromContext(sentence: SentenceInfo, name: RawName, text: string): RawName {
  const { tokens } = sentence;
  const { descriptions } = lexicons();
  if (name.type === 'Country' || (name.confidence >= 0.8 && name.type !== 'Organization')) return name;
  const before = tokens[name.tokenStart - 1];
  const nameEnd = tokens[name.tokenEnd - 1];
  // "the programme, Ward Seven, had …": a description set off by commas around the name.
  const bracketed = before?.post.trim() === ',' && (nameEnd?.post.includes(',') ?? false);
  // "a documentary titled Surviving CECOT"
  const naming =
    before !== undefined && NAMING_WORDS.has(before.lower) ? tokens[name.tokenStart - 2] : undefined;
  const namedBy = naming !== undefined ? descriptions.get(naming.lower) : undefined;
  if (namedBy !== undefined) return { ...name, type: namedBy[0] as string, confidence: 0.8, weak: false };
  if (before !== undefined && (bracketed || !/[,.;:”"]/u.test(before.post))) {
    const described = descriptions.get(before.lower);
    if (described !== undefined && before.lower !== 'police') {
      return { ...name, type: described[0] as string, confidence: 0.8, weak: false };
    }
    const placeNoun = tokens[name.tokenStart - 2];
    if (before.lower === 'of' && placeNoun !== undefined && PLACE_NOUNS[placeNoun.lower] !== undefined) {
      return { ...name, type: PLACE_NOUNS[placeNoun.lower] as string, confidence: 0.8, weak: false };
    }
  }
  const last = tokens[name.tokenEnd - 1];
  const article = tokens[name.tokenEnd];
  if (last !== undefined && last.post.includes(',') && article !== undefined) {
    if (['a', 'an', 'the'].includes(article.lower)) {
      for (let k = name.tokenEnd + 1; k < Math.min(tokens.length, name.tokenEnd + 6); k += 1) {
        const token = tokens[k];
        if (token === undefined) break;
        if (titleAt(tokens, k, text) !== undefined) {
          return { ...name, type: 'Person', confidence: 0.8, weak: false };
        }
        const described = descriptions.get(token.lower);
        if (described !== undefined) {
          return { ...name, type: described[0] as string, confidence: 0.8, weak: false };
        }
        if (/[,.;:]/u.test(token.post)) break;
      }
    }
  }
  return name;
}
