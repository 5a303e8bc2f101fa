import type { Analysis, EntityCandidate, Mention } from './analysis';
import { typeFromContext } from './context-type';
import { findGroups } from './groups';
import type { RawGroup } from './groups';
import type { RawName } from './names';
import { findNames } from './names';

/** One name or group as found in a sentence, before names are merged into entities. */
interface Hit {
  sentence: number;
  raw: RawName | (RawGroup & { type: 'Group'; possessive: false; weak: false });
  entity: EntityCandidate;
  via: Mention['via'];
}

/** The key names are merged under: case, quotes, a leading "the" and spacing do not matter. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/^the\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

const wordsOf = (name: string) => nameKey(name).split(' ');

/**
 * Finds the names and groups of every sentence and ties them to entities of the article: the same name
 * twice is one entity, and a shorter name that is the end (a surname: "Bukele") or, for organisations,
 * the start or end of exactly one longer name ("Nordlys" of "Nordlys Energy") is that entity too.
 * Fills `analysis.entities` and `analysis.mentions`; `titleOf` keeps each name's title for the relations.
 */
export function resolveEntities(analysis: Analysis): Map<Mention, RawName> {
  const byKey = new Map<string, EntityCandidate>();
  const hits: Hit[] = [];
  let order = 0;

  const entityFor = (name: string, type: string, confidence: number, alias: string | null) => {
    const key = nameKey(name);
    let entity = byKey.get(key);
    if (entity === undefined) {
      entity = { key, name, type, confidence, aliases: new Set(), description: null, firstAt: order++ };
      byKey.set(key, entity);
    } else if (confidence > entity.confidence) {
      entity.type = type;
      entity.confidence = confidence;
    }
    if (alias !== null && alias !== entity.name) entity.aliases.add(alias);
    return entity;
  };

  for (const sentence of analysis.sentences) {
    const groups = findGroups(sentence, analysis.text);
    const hidden = new Set<number>();
    for (const g of groups) {
      if (g.hidesNames) for (let k = g.tokenStart; k < g.tokenEnd; k += 1) hidden.add(k);
      const raw = { ...g, type: 'Group' as const, possessive: false as const, weak: false as const };
      hits.push({
        sentence: sentence.index,
        raw,
        entity: entityFor(g.name, 'Group', g.confidence, null),
        via: 'name',
      });
    }
    for (const found of findNames(sentence, analysis.text, hidden)) {
      const raw = typeFromContext(sentence, found, analysis.text);
      const written = analysis.text.slice(raw.start, raw.end);
      const entity = entityFor(raw.name, raw.type, raw.confidence, written);
      if (raw.gender !== undefined) entity.gender ??= raw.gender;
      hits.push({ sentence: sentence.index, raw, entity, via: written === raw.name ? 'name' : 'alias' });
    }
  }

  mergeShortNames(hits, [...byKey.values()]);

  const entities = new Set<EntityCandidate>();
  const titles = new Map<Mention, RawName>();
  for (const hit of hits) {
    entities.add(hit.entity);
    const mention: Mention = {
      entity: hit.entity,
      sentence: hit.sentence,
      start: hit.raw.start,
      end: hit.raw.end,
      tokenStart: hit.raw.tokenStart,
      tokenEnd: hit.raw.tokenEnd,
      via: hit.via,
      possessive: hit.raw.possessive,
    };
    analysis.mentions.push(mention);
    if (hit.raw.type !== 'Group') titles.set(mention, hit.raw);
  }
  analysis.entities.push(...[...entities].sort((a, b) => a.firstAt - b.firstAt));
  return titles;
}

/** Ties "Bukele" to "Nayib Bukele" and "Nordlys" to "Nordlys Energy"; leaves an ambiguous short name alone. */
function mergeShortNames(hits: Hit[], entities: readonly EntityCandidate[]): void {
  const longer = entities.filter((e) => e.type !== 'Group' && wordsOf(e.name).length > 1);
  for (const hit of hits) {
    const short = hit.entity;
    if (short.type === 'Group' || short.type === 'Country') continue;
    const words = wordsOf(short.name);
    const candidates = longer.filter((e) => {
      if (e === short) return false;
      const full = wordsOf(e.name);
      if (full.length <= words.length) return false;
      const isSuffix = words.every((w, k) => full[full.length - words.length + k] === w);
      const isPrefix = words.every((w, k) => full[k] === w);
      if (e.type === 'Person') return isSuffix && words.length === 1;
      return (isSuffix || isPrefix) && short.type !== 'Person';
    });
    const target = pickCandidate(candidates, hits, hit);
    if (target === undefined) continue;
    target.aliases.add(short.name);
    hit.via = target.type === 'Person' ? 'surname' : 'alias';
    hit.entity = target;
  }
}

/** The one candidate, or for people sharing a surname the one mentioned last before this hit. */
function pickCandidate(
  candidates: EntityCandidate[],
  hits: readonly Hit[],
  at: Hit,
): EntityCandidate | undefined {
  if (candidates.length <= 1) return candidates[0];
  let latest: EntityCandidate | undefined;
  for (const hit of hits) {
    if (hit === at) break;
    if (candidates.includes(hit.entity)) latest = hit.entity;
  }
  return latest;
}
