import type { Analysis, Mention, ProposedRelation, SentenceInfo } from './analysis';
import { mentionsIn } from './analysis';
import type { RawName } from './names';
import type { TitleMatch } from './titles';
import { titleAt } from './titles';

const PLACE_TYPES = new Set(['City', 'Country', 'Region', 'Place']);
const PLACED_TYPES = new Set([
  'Organization',
  'Company',
  'GovernmentBody',
  'MediaOrganization',
  'Court',
  'Prison',
  'Facility',
  'PoliticalParty',
]);
const PLACE_NOUNS = new Set(['region', 'province', 'state', 'city', 'village', 'town', 'department']);
const MAX_APPOSITION_WORDS = 6;

const TITLE_CONFIDENCE = 0.75;
const PART_OF_CONFIDENCE = 0.6;
const LOCATED_IN_CONFIDENCE = 0.6;

function titleRelation(
  person: Mention,
  title: TitleMatch,
  other: Mention,
  sentence: SentenceInfo,
): ProposedRelation {
  const relation =
    title.rule.relation === 'WORKS_FOR' && other.entity.type === 'Country'
      ? 'HELD_OFFICE'
      : title.rule.relation;
  return {
    type: relation,
    source: person.entity,
    target: other.entity,
    sentence: sentence.index,
    statement: null,
    role: title.role,
    confidence: TITLE_CONFIDENCE * (other.via === 'pronoun' || other.via === 'description' ? 0.85 : 1),
  };
}

/**
 * Relations the shape of a sentence states without a verb: a title between an organisation and a person
 * ("CBS News Editor-in-Chief Bari Weiss", "El Salvador’s President Nayib Bukele", "Its chief executive,
 * David Okafor"), a title in an apposition ("Elena Marroquín, the group’s director"), a possessive
 * ("Peru’s Environment Ministry" is PART_OF Peru) and a place ("Riverside Hospital in Bristol",
 * "Andes Copper Corporation, a company based in Toronto").
 */
export function structureRelations(
  analysis: Analysis,
  sentence: SentenceInfo,
  rawNames: ReadonlyMap<Mention, RawName>,
): ProposedRelation[] {
  const mentions = mentionsIn(analysis, sentence.index);
  const { tokens } = sentence;
  const relations: ProposedRelation[] = [];
  const endingAt = (token: number) => mentions.find((m) => m.tokenEnd === token);
  const startingAt = (token: number) => mentions.find((m) => m.tokenStart === token);

  for (const m of mentions) {
    const title = rawNames.get(m)?.title;
    if (title !== undefined && m.entity.type === 'Person') {
      const other = endingAt(title.tokenStart) ?? endingAt(title.tokenStart - 1);
      if (other !== undefined && other.entity !== m.entity)
        relations.push(titleRelation(m, title, other, sentence));
    }

    // "Elena Marroquín, the group’s director" / "Rosa Quispe, a community leader in Huancaré"
    const last = tokens[m.tokenEnd - 1];
    if (m.entity.type === 'Person' && last?.post.includes(',')) {
      for (let k = m.tokenEnd; k < Math.min(tokens.length, m.tokenEnd + MAX_APPOSITION_WORDS); k += 1) {
        const apposed = titleAt(tokens, k, analysis.text);
        if (apposed === undefined) continue;
        const other =
          endingAt(apposed.tokenStart) ??
          (['in', 'at', 'of', 'for'].includes(tokens[apposed.tokenEnd]?.lower ?? '')
            ? startingAt(apposed.tokenEnd + 1)
            : undefined);
        if (other !== undefined && other.entity !== m.entity)
          relations.push(titleRelation(m, apposed, other, sentence));
        break;
      }
    }

    // "Peru’s National Police"
    const next = startingAt(m.tokenEnd);
    if (
      m.possessive &&
      m.entity.type === 'Country' &&
      next !== undefined &&
      next.entity.type !== 'Person' &&
      next.entity !== m.entity
    ) {
      relations.push(relation('PART_OF', next, m, sentence, PART_OF_CONFIDENCE));
    }

    if (PLACED_TYPES.has(m.entity.type)) {
      const place = placeAfter(mentions, m, sentence);
      if (place !== undefined)
        relations.push(relation('LOCATED_IN', m, place, sentence, LOCATED_IN_CONFIDENCE));
    }
  }
  return relations;
}

/** The place an entity is put in right after its name: "in X", "based in X", ", a company based in X". */
function placeAfter(mentions: readonly Mention[], m: Mention, sentence: SentenceInfo): Mention | undefined {
  const { tokens } = sentence;
  const place = mentions.find((p) => p.tokenStart > m.tokenEnd && PLACE_TYPES.has(p.entity.type));
  if (place === undefined || place.entity === m.entity) return undefined;
  const between = tokens.slice(m.tokenEnd, place.tokenStart).map((t) => t.lower);
  if (between.length === 0 || between.length > MAX_APPOSITION_WORDS) return undefined;
  const inAt = between.lastIndexOf('in');
  if (inAt === -1) return undefined;
  const tail = between.slice(inAt + 1);
  const tailOk =
    tail.length === 0 ||
    (tail.length === 3 && tail[0] === 'the' && PLACE_NOUNS.has(tail[1] ?? '') && tail[2] === 'of');
  if (!tailOk) return undefined;
  if (inAt === 0) return (tokens[m.tokenEnd - 1]?.post ?? '').includes(',') ? undefined : place;
  return between[inAt - 1] === 'based' || between[inAt - 1] === 'headquartered' ? place : undefined;
}

function relation(
  type: string,
  source: Mention,
  target: Mention,
  sentence: SentenceInfo,
  confidence: number,
): ProposedRelation {
  return {
    type,
    source: source.entity,
    target: target.entity,
    sentence: sentence.index,
    statement: null,
    role: null,
    confidence,
  };
}
