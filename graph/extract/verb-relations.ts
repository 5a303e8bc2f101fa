import type { Analysis, Mention, ProposedRelation, SentenceInfo } from './analysis';
import { insideQuote, mentionsIn } from './analysis';
import type { VerbRule } from './lexicons';
import { lexicons } from './lexicons';
import type { Token } from './tokens';

const CLAUSE_OPENERS = new Set([
  'who',
  'which',
  'what',
  'that',
  'where',
  'when',
  'while',
  'after',
  'before',
  'because',
  'if',
  'but',
  'although',
  'whereas',
  'though',
  'until',
]);
const SPEECH_STOPS = new Set(['while', 'but', 'whereas', 'although', 'though']);
/** How close after a possessive name the thing it owns must be for the possessor not to be the object. */
const POSSESSED_WITHIN = 3;

/**
 * Where the verb's object may end: a non-speech verb's object stays in its clause (up to a comma or a word
 * opening a new clause); what a speech verb reports runs to the end of the sentence, or to ", while …".
 */
function clauseEnd(sentence: SentenceInfo, verb: number, speech: boolean): number {
  const { tokens } = sentence;
  for (let k = verb + 1; k < tokens.length; k += 1) {
    const token = tokens[k] as Token;
    const previous = tokens[k - 1] as Token;
    if (speech) {
      if (/[;]/u.test(previous.post) || (previous.post.includes(',') && SPEECH_STOPS.has(token.lower)))
        return previous.end;
      continue;
    }
    if (CLAUSE_OPENERS.has(token.lower) && k > verb + 1) return previous.end;
    if (/[,;:—–]/u.test(previous.post) && k > verb + 1) return previous.end;
  }
  return sentence.end;
}

/** Objects in text order, without a possessor standing before what it owns ("the country’s … Center"). */
function objectCandidates(after: Mention[], sentence: SentenceInfo): Mention[] {
  return after.filter((m, k) => {
    const next = after[k + 1];
    if (!m.possessive || next === undefined) return true;
    const gap = sentence.tokens.slice(m.tokenEnd, next.tokenStart);
    return gap.length > POSSESSED_WITHIN || gap.some((t) => /[,.;:]/u.test(t.post));
  });
}

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
export function statementAfter(sentence: SentenceInfo, from: number, to = sentence.end): string | null {
  const rest = sentence.text
    .slice(from - sentence.start, to - sentence.start)
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
    const speech = rules.some((r) => r.speech === true);
    const stop = clauseEnd(sentence, i, speech);
    const after = objectCandidates(
      mentions.filter((m) => m.start >= verb.end && m.end <= stop),
      sentence,
    );
    let source: Mention | undefined;
    let target: Mention | undefined;
    const passive = isPassive(sentence.tokens, i);
    if (passive) {
      const by = sentence.tokens.findIndex((t, k) => k > i && k <= i + 3 && t.lower === 'by');
      if (by === -1) return;
      source = after.find((m) => m.tokenStart > by);
      target = before.at(-1);
      if (target === undefined) return;
    } else if (speech && verb.tags.has('Gerund') && (sentence.tokens[i - 1]?.post ?? '').includes(',')) {
      // ", saying …" / ", arguing …": said by the subject of the main clause.
      source = before[0];
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
        statement: speaks ? statementAfter(sentence, verb.end, stop) : null,
        role: null,
        confidence: rule.confidence * factor(source, end) * (passive ? PASSIVE_FACTOR : 1),
      });
      return;
    }
  });
  return relations;
}
