import type { Analysis, ProposedRelation, SentenceInfo } from './analysis';
import { findQuotes, MAX_TAGGED_SENTENCE_CHARS } from './analysis';
import { resolveCoreference } from './coref';
import { quoteRelations } from './quote-relations';
import { resolveEntities } from './resolve-entities';
import { structureRelations } from './structure-relations';
import { tokenize } from './tokens';
import { verbRelations } from './verb-relations';
import { splitSentences } from '../text/sentences';

/**
 * The deterministic, offline extractor: sentences from our splitter, tags from compromise, our lexicons
 * for everything else. Reads names and groups, ties them to entities across the article (surnames,
 * short forms, pronouns, descriptions), then proposes relations from titles, possessives, places, quotes
 * and verbs. Same text, same analysis; no randomness, no clock, no network.
 */
export function analyseWithRules(text: string, signal?: AbortSignal): Analysis {
  const quotes = findQuotes(text, 0);
  const analysis: Analysis = { text, sentences: [], entities: [], mentions: [], relations: [], warnings: [] };
  let untagged = 0;
  for (const [index, s] of splitSentences(text).entries()) {
    signal?.throwIfAborted();
    const tagged = s.text.length <= MAX_TAGGED_SENTENCE_CHARS;
    if (!tagged) untagged += 1;
    const sentence: SentenceInfo = {
      index,
      text: s.text,
      start: s.start,
      end: s.end,
      tokens: tagged ? tokenize(s.text, s.start) : [],
      quotes: quotes
        .filter(([qs, qe]) => qs < s.end && qe > s.start)
        .map(([qs, qe]) => [Math.max(qs, s.start), Math.min(qe, s.end)] as const),
    };
    analysis.sentences.push(sentence);
  }
  if (untagged > 0) {
    analysis.warnings.push(
      `${untagged} sentence(s) longer than ${MAX_TAGGED_SENTENCE_CHARS} characters were not read by the rules extractor.`,
    );
  }

  const rawNames = resolveEntities(analysis);
  resolveCoreference(analysis);
  for (const sentence of analysis.sentences) {
    signal?.throwIfAborted();
    const quoted = quoteRelations(analysis, sentence);
    analysis.relations.push(
      ...structureRelations(analysis, sentence, rawNames),
      ...quoted.relations,
      ...verbRelations(analysis, sentence, quoted.used),
    );
  }
  analysis.relations = dedupeRelations(analysis.relations);
  return analysis;
}

/** One proposal per type, ends and sentence: the surest one. */
function dedupeRelations(relations: readonly ProposedRelation[]): ProposedRelation[] {
  const byKey = new Map<string, ProposedRelation>();
  for (const r of relations) {
    if (r.source === r.target) continue;
    const key = `${r.type}\u0000${r.source.key}\u0000${r.target.key}\u0000${r.sentence}`;
    const old = byKey.get(key);
    if (old === undefined || r.confidence > old.confidence) byKey.set(key, r);
  }
  return [...byKey.values()];
}
