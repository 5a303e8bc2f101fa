import type { Analysis, Mention, ProposedRelation, SentenceInfo } from './analysis';
import { insideQuote, mentionsIn } from './analysis';
import type { VerbRule } from './lexicons';
import { lexicons } from './lexicons';
import type { Token } from './tokens';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const MAX_STATEMENT_CHARS = 300;
/** How much less sure a relation is when an end was found through a pronoun or a description. */
const COREF_FACTOR = 0.85;
const PASSIVE_FACTOR = 0.9;

const allows = (types: VerbRule['source'], type: string) => types === '*' || types.includes(type);

export function isPassive(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i] as Token;
  if (verb.tags.has('Passive')) return true;
  const before = tokens[i - 1];
  return (
    before !== undefined &&
    BE.has(before.lower) &&
    verb.tags.has('PastTense') &&
    tokens[i + 1]?.lower === 'by'
  );
}

/** What was said: the rest of the sentence after the verb, without a leading "that". */
export function statementAfter(sentence: SentenceInfo, from: number): string | null {
  const rest = sentence.text
    .slice(from - sentence.start)
    .replace(/^[\s,:]*(that\s+)?/u, '')
    .replace(/[\s.]+$/u, '')
    .trim();
  if (rest === '') return null;
  return rest.length > MAX_STATEMENT_CHARS ? `${rest.slice(0, MAX_STATEMENT_CHARS - 1)}…` : rest;
}

function factor(...mentions: Mention[]): number {
  return mentions.some((m) => m.via === 'pronoun' || m.via === 'description') ? COREF_FACTOR : 1;
}

/**
 * Relations from verbs (relation-verbs.json): the entity nearest before the verb does it to the first
 * entity after it ("Ofcom fined Channel Nine"); in the passive the ends swap around "by" ("The mine is
 * operated by Andes Copper"). A speech verb's target is the first entity named in what was said. The first
 * rule of the verb whose end types fit wins. Verbs inside quotes are what someone said, not facts, and are
 * skipped; so are verbs the quote rules already used.
 */
export function verbRelations(
  analysis: Analysis,
  sentence: SentenceInfo,
  used: ReadonlySet<number>,
): ProposedRelation[] {
  const { verbsByLemma } = lexicons();
  const mentions = mentionsIn(analysis, sentence.index);
  const relations: ProposedRelation[] = [];
  sentence.tokens.forEach((verb, i) => {
    if (!verb.tags.has('Verb') || verb.tags.has('Auxiliary') || used.has(i)) return;
    const rules = verbsByLemma.get(verb.lemma);
    if (rules === undefined || insideQuote(sentence, verb.start)) return;
    const outside = mentions.filter((m) => !insideQuote(sentence, m.start));
    const before = outside.filter((m) => m.end <= verb.start);
    const after = mentions.filter((m) => m.start >= verb.end);
    let source: Mention | undefined;
    let target: Mention | undefined;
    const passive = isPassive(sentence.tokens, i);
    if (passive) {
      const by = sentence.tokens.findIndex((t, k) => k > i && k <= i + 3 && t.lower === 'by');
      if (by === -1) return;
      source = after.find((m) => m.tokenStart > by);
      target = before.at(-1);
    } else {
      source = before.at(-1);
    }
    if (source === undefined) return;
    for (const rule of rules) {
      if (!allows(rule.source, source.entity.type)) continue;
      const end =
        target ??
        after.find(
          (m) =>
            m.entity !== source?.entity &&
            allows(rule.target, m.entity.type) &&
            (rule.speech === true || !insideQuote(sentence, m.start)),
        );
      if (end === undefined || end.entity === source.entity || !allows(rule.target, end.entity.type))
        continue;
      const speaks = rule.speech === true || rule.type === 'ORDERED';
      relations.push({
        type: rule.type,
        source: source.entity,
        target: end.entity,
        sentence: sentence.index,
        statement: speaks ? statementAfter(sentence, verb.end) : null,
        role: null,
        confidence: rule.confidence * factor(source, end) * (passive ? PASSIVE_FACTOR : 1),
      });
      return;
    }
  });
  return relations;
}
