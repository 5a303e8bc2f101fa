import type { MatchQuality } from './name-match';
import { matchQuality, nameWords } from './name-match';
import { words } from './words';

/**
 * The last step of an entity search in both stores: the candidates a full-text index found are ranked
 * by match quality (name-match.ts), then degree (highest first), then name, then id (code-point order,
 * as Neo4j's ORDER BY), and cut to `limit`. A candidate none of whose names matches by our rule (an index
 * matches words across name and aliases; we want them in one name) is dropped. `wordsOf` gives a
 * candidate's names cut into words (nameWords); an index that holds them already passes its own.
 */
export function rankEntities<T extends RankedEntity>(
  candidates: Iterable<T>,
  query: string,
  limit: number,
  wordsOf: (entity: T) => readonly (readonly string[])[] = nameWords,
): T[] {
  const typed = words(query);
  const ranked: { entity: T; quality: MatchQuality }[] = [];
  for (const entity of candidates) {
    const quality = matchQuality(typed, wordsOf(entity));
    if (quality !== null) ranked.push({ entity, quality });
  }
  ranked.sort(
    (a, b) =>
      a.quality - b.quality ||
      b.entity.degree - a.entity.degree ||
      codePointOrder(a.entity.name, b.entity.name) ||
      codePointOrder(a.entity.id, b.entity.id),
  );
  return ranked.slice(0, limit).map(({ entity }) => entity);
}

/** What ranking reads of an entity: a whole EntityNode, or a lighter record of one. */
export interface RankedEntity {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly degree: number;
}

function codePointOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
