import type { Analysis, EntityCandidate, Mention, SentenceInfo } from './analysis';
import { MAX_NAME_CHARS } from './analysis';
import { lexicons } from './lexicons';
import type { Token } from './tokens';
import { typeFromContext } from './context-type';
import { findGroups } from './groups';
import type { RawGroup } from './groups';
import type { RawName } from './names';
import { findNames, nameWordsOf } from './names';

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
const PLACE_TYPES = new Set(['City', 'Country', 'Region', 'Place']);
const ALSO_KNOWN_AS = [['known', 'as'], ['also', 'known', 'as'], ['dubbed'], ['nicknamed']];

/** "the Terrorism Confinement Center, known as CECOT" and "… Center (CECOT)": the second name is an alias. */
function mergeKnownAs(hits: Hit[], analysis: Analysis): void {
  for (const sentence of analysis.sentences) {
    const here = hits.filter((h) => h.sentence === sentence.index).sort((a, b) => a.raw.start - b.raw.start);
    for (let k = 1; k < here.length; k += 1) {
      const a = here[k - 1] as Hit;
      const b = here[k] as Hit;
      if (a.entity === b.entity || a.entity.type === 'Group' || b.entity.type === 'Group') continue;
      const between = sentence.tokens.slice(a.raw.tokenEnd, b.raw.tokenStart).map((t) => t.lower);
      const bracketed =
        between.length === 0 && (sentence.tokens[b.raw.tokenStart]?.pre.includes('(') ?? false);
      if (
        !bracketed &&
        !ALSO_KNOWN_AS.some((w) => w.length === between.length && w.every((x, i) => between[i] === x))
      ) {
        continue;
      }
      const alias = b.entity;
      a.entity.aliases.add(alias.name);
      if (alias.confidence > a.entity.confidence && a.entity.confidence < 0.8) a.entity.type = alias.type;
      for (const h of hits) if (h.entity === alias) h.entity = a.entity;
    }
  }
}

const SEGMENT_NOUNS = new Set([
  'segment',
  'episode',
  'report',
  'interview',
  'investigation',
  'special',
  'broadcast',
]);

/**
 * "a “60 Minutes” segment on CECOT": a part of a programme is an entity of its own (a Segment named
 * "60 Minutes segment on CECOT"), so "the segment" later refers to it and not to the programme.
 */
function addSegments(
  hits: Hit[],
  analysis: Analysis,
  entityFor: (name: string, type: string, confidence: number, alias: string | null) => EntityCandidate,
): void {
  for (const program of hits.filter((h) => h.raw.type === 'Program')) {
    const sentence = analysis.sentences[program.sentence];
    const noun = sentence?.tokens[program.raw.tokenEnd];
    if (sentence === undefined || noun === undefined || !SEGMENT_NOUNS.has(noun.lower)) continue;
    const on = sentence.tokens[program.raw.tokenEnd + 1];
    const topic = ['on', 'about'].includes(on?.lower ?? '')
      ? hits.find((h) => h.sentence === program.sentence && h.raw.tokenStart === program.raw.tokenEnd + 2)
      : undefined;
    const end = topic?.raw.end ?? noun.end;
    const name = `${program.entity.name} ${noun.lower}${topic !== undefined ? ` on ${topic.entity.name}` : ''}`;
    if (name.length > MAX_NAME_CHARS) continue;
    const raw = {
      tokenStart: program.raw.tokenStart,
      tokenEnd: topic?.raw.tokenEnd ?? program.raw.tokenEnd + 1,
      start: program.raw.start,
      end,
      name,
      noun: noun.lower,
      confidence: 0.6,
      hidesNames: false,
      type: 'Group' as const,
      possessive: false as const,
      weak: false as const,
    };
    hits.push({
      sentence: program.sentence,
      raw,
      entity: entityFor(name, 'Segment', 0.6, null),
      via: 'description',
    });
  }
}

/** "a federal judge ordered …": a person the article names only by their role. */
function findUnnamedPeople(sentence: SentenceInfo, text: string): RawGroup[] {
  const { tokens } = sentence;
  const found: RawGroup[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!['a', 'an', 'the'].includes(tokens[i]?.lower ?? '')) continue;
    for (const role of lexicons().unnamedPeople) {
      if (!role.every((w, k) => tokens[i + 1 + k]?.lower === w)) continue;
      const first = tokens[i + 1] as Token;
      const last = tokens[i + role.length] as Token;
      const next = tokens[i + role.length + 1];
      if (next !== undefined && /^\p{Lu}/u.test(next.text) && !/[,.;:]/u.test(last.post)) break;
      const name = text.slice(first.start, last.end);
      found.push({
        tokenStart: i + 1,
        tokenEnd: i + 1 + role.length,
        start: first.start,
        end: last.end,
        name,
        noun: role.at(-1) ?? '',
        confidence: 0.5,
        hidesNames: false,
      });
      break;
    }
  }
  return found;
}

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

  const nameWords = nameWordsOf(analysis.sentences);
  for (const sentence of analysis.sentences) {
    const groups = findGroups(sentence, analysis.text);
    const hidden = new Set<number>();
    for (const g of groups.filter((x) => x.name.length <= MAX_NAME_CHARS)) {
      if (g.hidesNames) for (let k = g.tokenStart; k < g.tokenEnd; k += 1) hidden.add(k);
      const raw = { ...g, type: 'Group' as const, possessive: false as const, weak: false as const };
      hits.push({
        sentence: sentence.index,
        raw,
        entity: entityFor(g.name, 'Group', g.confidence, null),
        via: 'name',
      });
    }
    for (const person of findUnnamedPeople(sentence, analysis.text)) {
      const raw = { ...person, type: 'Person' as const, possessive: false as const, weak: false as const };
      hits.push({
        sentence: sentence.index,
        raw,
        entity: entityFor(person.name, 'Person', person.confidence, null),
        via: 'description',
      });
    }
    for (const found of findNames(sentence, analysis.text, hidden, nameWords)) {
      if (found.name.length > MAX_NAME_CHARS || found.end - found.start > MAX_NAME_CHARS) continue;
      const raw = typeFromContext(sentence, found, analysis.text);
      const written = analysis.text.slice(raw.start, raw.end);
      const entity = entityFor(raw.name, raw.type, raw.confidence, written);
      if (raw.gender !== undefined) entity.gender ??= raw.gender;
      hits.push({ sentence: sentence.index, raw, entity, via: written === raw.name ? 'name' : 'alias' });
    }
  }

  addSegments(hits, analysis, entityFor);
  mergeKnownAs(hits, analysis);
  mergeShortNames(hits, [...new Set(hits.map((h) => h.entity))]);

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
    const acronym = /^[\p{Lu}\p{N}.]+$/u.test(short.name);
    const place = PLACE_TYPES.has(short.type) && short.confidence >= 0.55;
    const candidates = longer.filter((e) => {
      if (e === short) return false;
      const full = wordsOf(e.name);
      if (full.length <= words.length) return false;
      const isSuffix = words.every((w, k) => full[full.length - words.length + k] === w);
      const isPrefix = words.every((w, k) => full[k] === w);
      if (e.type === 'Person') return isSuffix && words.length === 1;
      if (place && e.type !== short.type) return false;
      return (isPrefix || (isSuffix && !acronym)) && short.type !== 'Person';
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
