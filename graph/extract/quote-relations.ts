import type { Analysis, Mention, ProposedRelation, SentenceInfo } from './analysis';
import { mentionsIn } from './analysis';
import { lexicons } from './lexicons';

/** How many words may stand between a closing quote and its speech verb ("…,” Halvorsen told analysts"). */
const MAX_WORDS_AFTER_QUOTE = 4;
const CONFIDENCE = 0.8;
const COREF_FACTOR = 0.85;

function speechVerb(lemma: string): boolean {
  return (lexicons().verbsByLemma.get(lemma) ?? []).some((r) => r.speech === true);
}

/**
 * Who said a quote when the speaker comes after it: “…,” said Rosa Quispe / “…,” Halvorsen told analysts /
 * “…,” she told reporters. The target is the first other entity inside the quote, else the first after the
 * verb ("he told the BBC"). Also "according to X". Returns the relations and the verbs it used, so the verb
 * rules do not read the same verb again.
 */
export function quoteRelations(
  analysis: Analysis,
  sentence: SentenceInfo,
): { relations: ProposedRelation[]; used: Set<number> } {
  const mentions = mentionsIn(analysis, sentence.index);
  const relations: ProposedRelation[] = [];
  const used = new Set<number>();
  const { tokens } = sentence;

  for (const [qStart, qEnd] of sentence.quotes) {
    const firstAfter = tokens.findIndex((t) => t.start >= qEnd);
    if (firstAfter === -1) continue;
    const verbIndex = tokens.findIndex(
      (t, k) =>
        k >= firstAfter &&
        k <= firstAfter + MAX_WORDS_AFTER_QUOTE &&
        t.tags.has('Verb') &&
        speechVerb(t.lemma),
    );
    if (verbIndex === -1) continue;
    const verb = tokens[verbIndex];
    if (verb === undefined) continue;
    const between = mentions.filter((m) => m.start >= qEnd && m.end <= verb.start);
    const speaker = between.at(-1) ?? mentions.find((m) => m.tokenStart === verbIndex + 1);
    if (speaker === undefined) continue;
    used.add(verbIndex);
    const inside = mentions.filter((m) => m.start >= qStart && m.end <= qEnd && m.entity !== speaker.entity);
    const after = mentions.filter(
      (m) => m.start > speaker.end && m.start >= verb.end && m.entity !== speaker.entity,
    );
    const target = inside[0] ?? after[0];
    if (target === undefined) continue;
    relations.push(said(speaker, target, sentence, analysis.text.slice(qStart + 1, qEnd - 1)));
  }

  tokens.forEach((t, k) => {
    if (t.lower !== 'according' || tokens[k + 1]?.lower !== 'to') return;
    const speaker = mentions.find((m) => m.tokenStart === k + 2);
    const target =
      speaker &&
      mentions.find((m) => m.entity !== speaker.entity && (m.end <= t.start || m.start > speaker.end));
    if (speaker !== undefined && target !== undefined) relations.push(said(speaker, target, sentence, null));
  });
  return { relations, used };
}

function said(
  speaker: Mention,
  target: Mention,
  sentence: SentenceInfo,
  statement: string | null,
): ProposedRelation {
  const coref = [speaker, target].some((m) => m.via === 'pronoun' || m.via === 'description');
  const trimmed = statement?.replace(/[\s,.]+$/u, '').trim();
  return {
    type: 'SAID',
    source: speaker.entity,
    target: target.entity,
    sentence: sentence.index,
    statement: trimmed === undefined || trimmed === '' ? null : trimmed,
    role: null,
    confidence: CONFIDENCE * (coref ? COREF_FACTOR : 1),
  };
}
