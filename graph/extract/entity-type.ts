import { lexicons } from './lexicons';
import type { Token } from './tokens';

export interface Typing {
  type: string;
  confidence: number;
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];

/** The type a name's last words give it ("… District Court" → Court), if they are a known head. */
export function typeFromHead(words: readonly string[]): string | undefined {
  for (const head of lexicons().heads) {
    const n = head.tokens.length;
    if (n > words.length) continue;
    const tail = words.slice(words.length - n);
    if (tail.every((w, k) => w === head.tokens[k])) return head.type;
  }
  return undefined;
}

/**
 * Types a capitalised name from its own words: the country list, then head words, then what the tagger
 * knows about its tokens (person and place names), then its shape. Context (a title before it, a
 * description beside it) is applied by the caller and wins over this.
 */
export function typeOfName(name: string, tokens: readonly Token[]): Typing {
  const lex = lexicons();
  if (lex.countries.has(name)) return { type: 'Country', confidence: 0.9 };
  const listed = lex.knownNames.get(name);
  if (listed !== undefined) return { type: listed, confidence: 0.9 };
  const words = tokens.map((t) => t.lower.replace(/['’]s?$/u, ''));
  // "Royal College of Nursing", "European Federation of Journalists": the head stands before "of".
  const of = words.indexOf('of');
  const head = typeFromHead(words) ?? (of > 1 ? typeFromHead(words.slice(0, of)) : undefined);
  if (head !== undefined && tokens.length > 1) return { type: head, confidence: 0.8 };
  const tagged = (tag: string) => tokens.some((t) => t.tags.has(tag));
  if (tokens.some((t) => t.tags.has('FirstName') || t.tags.has('MaleName') || t.tags.has('FemaleName'))) {
    return { type: 'Person', confidence: 0.75 };
  }
  if (tagged('Country')) return { type: 'Country', confidence: 0.75 };
  if (tagged('City') || tagged('Place')) {
    if (!PERSON_TAGS.some(tagged)) return { type: 'City', confidence: 0.55 };
  }
  if (PERSON_TAGS.some(tagged) && tokens.length >= 2) return { type: 'Person', confidence: 0.65 };
  if (tagged('Organization') || tagged('Acronym')) return { type: 'Organization', confidence: 0.55 };
  if (head !== undefined) return { type: head, confidence: 0.6 };
  const connectors = tokens.some((t) => !/^[\p{Lu}\p{N}]/u.test(t.text));
  if (tokens.length >= 2 && tokens.length <= 3 && !connectors) return { type: 'Person', confidence: 0.5 };
  return { type: 'Organization', confidence: 0.4 };
}

export function genderOf(tokens: readonly Token[]): 'male' | 'female' | undefined {
  if (tokens.some((t) => t.tags.has('FemaleName'))) return 'female';
  if (tokens.some((t) => t.tags.has('MaleName'))) return 'male';
  return undefined;
}
