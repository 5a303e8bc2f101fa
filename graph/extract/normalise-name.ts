import { lexicons } from './lexicons';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev']);

/** Case, curly quotes, a leading "the" and spacing aside: the form exact matching compares. */
export function exactForm(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/^the\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The looser form linking falls back on: titles and honorifics stripped ("President Nayib Bukele" →
 * "nayib bukele"), possessives dropped ("Bukele’s" → "bukele"), dots gone ("U.S." → "us"), accents folded,
 * and a country's other names turned into its name ("US", "U.S.", "America" → "united states").
 */
export function normalisedForm(name: string): string {
  const lex = lexicons();
  const country = lex.countries.get(name.trim()) ?? lex.countries.get(name.trim().replace(/^the\s+/iu, ''));
  let form = exactForm(country ?? name)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/'s\b/gu, '')
    .replace(/(?<=s)'(?=\s|$)/gu, '')
    .replace(/\./gu, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const dotless = lex.countries.get(form.toUpperCase());
  if (dotless !== undefined) form = exactForm(dotless);
  let words = form.split(' ');
  let stripped = true;
  while (stripped && words.length > 1) {
    stripped = false;
    if (HONORIFICS.has(words[0] ?? '') || lex.titleModifiers.has(words[0] ?? '')) {
      words = words.slice(1);
      stripped = true;
      continue;
    }
    for (const title of lex.titles) {
      const n = title.tokens.length;
      if (words.length > n && title.tokens.every((t, k) => words[k] === t)) {
        words = words.slice(n);
        stripped = true;
        break;
      }
    }
  }
  return words.join(' ');
}

/** The last word of a person's normalised name: what "surname-only" linking compares. */
export function surnameOf(name: string): string {
  return normalisedForm(name).split(' ').at(-1) ?? '';
}
