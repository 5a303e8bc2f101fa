import type { Analysis, EntityCandidate, Mention, SentenceInfo } from './analysis';
import { mentionsIn } from './analysis';
import { lexicons } from './lexicons';
import type { Token } from './tokens';

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
const ORG_TYPES = new Set([
  'Organization',
  'Company',
  'GovernmentBody',
  'MediaOrganization',
  'Court',
  'PoliticalParty',
]);
const MAX_ADJECTIVES = 2;
const OWNED_GOVERNMENT_CONFIDENCE = 0.6;

/**
 * Coreference inside one article, by rule: he/she/his/her stand for a person (the nearest one before in
 * the same sentence, or the first person of the last sentence that named one, matching gender when it is
 * known); a sentence-opening "It"/"Its" for the first organisation of the sentence before; "They"/"Their"
 * for the last group; "the administration", "the prison", "the men" for the last entity whose name holds
 * that word, else the last of the types the word describes (descriptions.json). Adds a mention for each.
 */
export function resolveCoreference(analysis: Analysis): void {
  const added: Mention[] = [];
  let previous: Mention[] = [];
  const seen: EntityCandidate[] = [];
  for (const sentence of analysis.sentences) {
    const named = mentionsIn(analysis, sentence.index);
    const found: Mention[] = [];
    for (const m of named) {
      const owned = m.possessive ? ownedGovernment(analysis, sentence, m.entity, m.tokenEnd) : undefined;
      if (owned !== undefined)
        found.push(mentionOf(owned, sentence, m.tokenStart, m.tokenEnd + 1, 'description'));
    }
    const covered = (i: number) => [...named, ...found].some((m) => i >= m.tokenStart && i < m.tokenEnd);
    for (let i = 0; i < sentence.tokens.length; i += 1) {
      if (covered(i)) continue;
      const token = sentence.tokens[i] as Token;
      const before = named.filter((m) => m.end <= token.start);
      const later = named.filter((m) => m.start >= token.end);
      const pronoun = resolvePronoun(token, i, sentence, before, previous, later);
      if (pronoun !== undefined) {
        found.push(mentionOf(pronoun, sentence, i, i + 1, 'pronoun'));
        const owned = POSSESSIVE_PRONOUNS.has(token.lower)
          ? ownedGovernment(analysis, sentence, pronoun, i + 1)
          : undefined;
        if (owned !== undefined) {
          found.push(mentionOf(owned, sentence, i, i + 2, 'description'));
          i += 1;
        }
        continue;
      }
      const description = resolveDescription(sentence, i, [...seen, ...before.map((m) => m.entity)]);
      if (description !== undefined) {
        found.push(mentionOf(description.entity, sentence, description.from, i + 1, 'description'));
      }
    }
    for (const m of [...named, ...found].sort((a, b) => a.start - b.start)) {
      const at = seen.indexOf(m.entity);
      if (at !== -1) seen.splice(at, 1);
      seen.push(m.entity);
    }
    added.push(...found);
    const all = [...named, ...found].sort((a, b) => a.start - b.start);
    if (all.length > 0) previous = all;
  }
  analysis.mentions.push(...added);
}

/**
 * "Bukele’s government" / "his government": the government a person leads, an entity of its own named
 * after them ("Bukele’s government"), so "the government" later can refer back to it; the sentence says
 * the person LEADS it.
 */
function ownedGovernment(
  analysis: Analysis,
  sentence: SentenceInfo,
  owner: EntityCandidate,
  next: number,
): EntityCandidate | undefined {
  const word = sentence.tokens[next]?.lower;
  if (owner.type !== 'Person' || (word !== 'government' && word !== 'administration')) return undefined;
  const name = `${owner.name.split(' ').at(-1) ?? owner.name}’s ${word}`;
  const key = name.toLowerCase().replace(/’/gu, "'");
  let entity = analysis.entities.find((e) => e.key === key);
  if (entity === undefined) {
    entity = {
      key,
      name,
      type: 'GovernmentBody',
      confidence: 0.6,
      aliases: new Set(),
      description: null,
      firstAt: analysis.entities.length,
    };
    analysis.entities.push(entity);
  }
  analysis.relations.push({
    type: 'LEADS',
    source: owner,
    target: entity,
    sentence: sentence.index,
    statement: null,
    role: null,
    confidence: OWNED_GOVERNMENT_CONFIDENCE,
  });
  return entity;
}

function mentionOf(
  entity: EntityCandidate,
  sentence: SentenceInfo,
  from: number,
  to: number,
  via: Mention['via'],
): Mention {
  const first = sentence.tokens[from] as Token;
  const last = sentence.tokens[to - 1] as Token;
  const possessive = /['’]s$/u.test(last.text);
  return {
    entity,
    sentence: sentence.index,
    start: first.start,
    end: possessive ? last.end - 2 : last.end,
    tokenStart: from,
    tokenEnd: to,
    via,
    possessive: possessive || POSSESSIVE_PRONOUNS.has(last.lower),
  };
}

function genderFits(entity: EntityCandidate, word: string): boolean {
  if (entity.gender === undefined) return true;
  return MALE.has(word) ? entity.gender === 'male' : entity.gender === 'female';
}

function resolvePronoun(
  token: Token,
  i: number,
  sentence: SentenceInfo,
  before: readonly Mention[],
  previous: readonly Mention[],
  later: readonly Mention[],
): EntityCandidate | undefined {
  const word = token.lower;
  const opens = i === 0 || /[“"]/u.test(token.pre) || (sentence.tokens[i - 1]?.post ?? '').includes('”');
  if (MALE.has(word) || FEMALE.has(word)) {
    const people = before.filter((m) => m.entity.type === 'Person' && genderFits(m.entity, word));
    const here = POSSESSIVE_PRONOUNS.has(word) ? people[0] : people[people.length - 1];
    // "In her post, Clinton said …": a possessive opening the sentence points ahead to its subject.
    const ahead =
      POSSESSIVE_PRONOUNS.has(word) && people.length === 0
        ? later.find((m) => m.entity.type === 'Person' && genderFits(m.entity, word))
        : undefined;
    const entity =
      here?.entity ??
      ahead?.entity ??
      previous.find((m) => m.entity.type === 'Person' && genderFits(m.entity, word))?.entity;
    if (entity !== undefined) entity.gender ??= MALE.has(word) ? 'male' : 'female';
    return entity;
  }
  if ((word === 'it' || word === 'its') && opens) {
    return previous.find((m) => ORG_TYPES.has(m.entity.type))?.entity;
  }
  if (word === 'its') return before.filter((m) => ORG_TYPES.has(m.entity.type)).at(-1)?.entity;
  if ((word === 'they' || word === 'their') && opens) {
    return [...previous].reverse().find((m) => m.entity.type === 'Group')?.entity;
  }
  return undefined;
}

/** "the prison", "the high-security prison", "the Venezuelan men": the entity it stands for. */
function resolveDescription(
  sentence: SentenceInfo,
  i: number,
  seen: readonly EntityCandidate[],
): { entity: EntityCandidate; from: number } | undefined {
  const { tokens } = sentence;
  const token = tokens[i] as Token;
  const noun = token.lower.replace(/['’]s$/u, '');
  const types = lexicons().descriptions.get(noun);
  if (types === undefined) return undefined;
  const next = tokens[i + 1];
  if (!/['’]s$/u.test(token.text) && next !== undefined && !/[,.;:”"]/u.test(token.post)) {
    if (/^\p{Lu}/u.test(next.text) || next.lower === 'of') return undefined;
  }
  let from = i - 1;
  while (from >= 0 && i - from <= MAX_ADJECTIVES + 1 && tokens[from]?.lower !== 'the') {
    const t = tokens[from] as Token;
    if (
      !(t.tags.has('Adjective') || t.tags.has('Hyphenated') || /^\p{Lu}/u.test(t.text)) ||
      /[,;:]/u.test(t.post)
    ) {
      return undefined;
    }
    from -= 1;
  }
  if (from < 0 || tokens[from]?.lower !== 'the') return undefined;
  const recent = [...seen].reverse();
  const byName = recent.find((e) => types.includes(e.type) && e.name.toLowerCase().includes(noun));
  const byType = recent.find((e) => types.includes(e.type));
  const entity = byName ?? byType;
  return entity === undefined ? undefined : { entity, from };
}
