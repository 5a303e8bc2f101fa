import { words } from './words';

/**
 * How well an entity's names match what a person typed, the one ranking both stores apply to the
 * candidates their full-text index finds (so the embedded store and Neo4j order results the same way).
 * Lower is better:
 *
 * - EXACT: a name has exactly the query's words, in any order ("clinton hillary" is Hillary Clinton);
 * - WORDS: every word typed is a whole word of a name ("Clinton" finds Hillary Clinton and Bill Clinton);
 * - PREFIX: every word typed is a word of a name or the start of one, as one types ("buk", "H. Clinton");
 * - FUZZY: as PREFIX, but a long enough word may be off by a typo or two ("Bukelle" finds Bukele).
 *
 * Each word typed must match a different word of the same name (or alias), so "ana ana" does not find
 * "Ana Ruiz". Accents and case never count (see words.ts).
 */
export const MATCH = { EXACT: 0, WORDS: 1, PREFIX: 2, FUZZY: 3 } as const;
export type MatchQuality = (typeof MATCH)[keyof typeof MATCH];

/**
 * How many typos a typed word may carry and still match: none below 5 letters (too many short words are
 * one letter apart: "hill" is not "Bill"), one from 5, two from 9. The embedded index and the Lucene query
 * use the same rule.
 */
export function allowedEdits(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}

/**
 * The best match quality of `query` (already cut into words) against any of `names`, each already cut into
 * words (nameWords), or null for none.
 */
export function matchQuality(
  query: readonly string[],
  names: readonly (readonly string[])[],
): MatchQuality | null {
  let best: MatchQuality | null = null;
  for (const name of names) {
    const quality = matchName(query, name);
    if (quality !== null && (best === null || quality < best)) best = quality;
    if (best === MATCH.EXACT) break;
  }
  return best;
}

/** The folded words of each of an entity's names (its name first, then its aliases), as matchQuality takes them. */
export function nameWords(entity: {
  readonly name: string;
  readonly aliases: readonly string[];
}): string[][] {
  return [words(entity.name), ...entity.aliases.map((alias) => words(alias))];
}

function matchName(query: readonly string[], name: readonly string[]): MatchQuality | null {
  if (query.length === 0 || query.length > name.length) return null;
  for (const quality of QUALITIES) {
    if (assign(query, name, quality, 0)) {
      return quality === MATCH.WORDS && query.length === name.length ? MATCH.EXACT : quality;
    }
  }
  return null;
}

const QUALITIES = [MATCH.WORDS, MATCH.PREFIX, MATCH.FUZZY] as const;

/** Which name words are taken while assign runs (one array reused: no allocation per candidate). */
const taken: boolean[] = [];

/**
 * Whether query words from `i` on can each take a different name word they match at `quality`
 * (backtracking; names are short). Plain recursion over one shared array rather than a closure per call:
 * it runs for hundreds of candidates per keystroke.
 */
function assign(
  query: readonly string[],
  name: readonly string[],
  quality: MatchQuality,
  i: number,
): boolean {
  const word = query[i];
  if (word === undefined) return true;
  for (let j = 0; j < name.length; j += 1) {
    if (taken[j] === true || !wordMatches(word, name[j] ?? '', quality)) continue;
    taken[j] = true;
    const placed = assign(query, name, quality, i + 1);
    taken[j] = false;
    if (placed) return true;
  }
  return false;
}

function wordMatches(typed: string, word: string, quality: MatchQuality): boolean {
  if (typed === word) return true;
  if (quality === MATCH.WORDS) return false;
  if (word.startsWith(typed)) return true;
  if (quality === MATCH.PREFIX) return false;
  const edits = allowedEdits(typed);
  return edits > 0 && editDistanceWithin(typed, word, edits);
}

/**
 * Whether the Damerau (optimal string alignment) distance between `a` and `b` is at most `max`: a swap of
 * two neighbouring letters is one typo, as in Lucene's fuzzy query.
 */
export function editDistanceWithin(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] ?? [];
      let d = Math.min(
        (above[j] ?? Infinity) + 1,
        (row[j - 1] ?? Infinity) + 1,
        (above[j - 1] ?? Infinity) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? Infinity) + 1);
      }
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (i > 0 && rowMin > max) return false;
    rows.push(row);
  }
  return (rows[a.length]?.[b.length] ?? Infinity) <= max;
}
