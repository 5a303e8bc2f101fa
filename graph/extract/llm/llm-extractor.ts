import type { Analysis, EntityCandidate, Mention } from '../analysis';
import type { LlmSettings } from '../draft';
import { exactForm } from '../normalise-name';
import { containsTerm, splitSentences } from '../../text/sentences';
import { answerJsonSchema, readAnswer } from './llm-answer';
import { chatCompletion } from './llm-client';
import { LlmUnavailableError } from './llm-errors';
import { extractionMessages } from './llm-prompt';

/** What an LLM item is worth before a person reviews it: it gives no confidence of its own. */
const LLM_CONFIDENCE = 0.6;

/** Where a name stands in a sentence as a whole word sequence, or -1. */
function findTerm(sentence: string, term: string): number {
  for (let at = sentence.indexOf(term); at !== -1; at = sentence.indexOf(term, at + 1)) {
    if (containsTerm(sentence.slice(Math.max(0, at - 1), at + term.length + 1), term)) return at;
  }
  return -1;
}

/**
 * The optional LLM extractor: asks an OpenAI-compatible endpoint for the article's entities and relations
 * (our types only, sentence numbers of our segmentation only) and checks every item: unknown types,
 * sentence numbers out of range, relation ends that are no entity of the answer, and names found in none
 * of their sentences are dropped and counted. Mentions and evidence are our sentences, with our offsets.
 */
export async function analyseWithLlm(
  text: string,
  settings: LlmSettings,
  signal?: AbortSignal,
): Promise<{ analysis: Analysis; dropped: number }> {
  const sentences = splitSentences(text);
  const content = await chatCompletion(
    settings,
    extractionMessages(sentences.map((s) => s.text)),
    answerJsonSchema(),
    signal,
  );
  let answer: ReturnType<typeof readAnswer>;
  try {
    answer = readAnswer(content);
  } catch (error) {
    throw new LlmUnavailableError(
      `The LLM answered something other than the JSON asked for: ${content.slice(0, 200)}`,
      { cause: error },
    );
  }
  const analysis: Analysis = {
    text,
    sentences: sentences.map((s, index) => ({ ...s, index, tokens: [], quotes: [] })),
    entities: [],
    mentions: [],
    relations: [],
    warnings: [],
  };
  let dropped = answer.dropped;
  const byName = new Map<string, EntityCandidate>();

  for (const item of answer.entities) {
    const key = exactForm(item.name);
    const entity: EntityCandidate = byName.get(key) ?? {
      key,
      name: item.name,
      type: item.type,
      confidence: LLM_CONFIDENCE,
      aliases: new Set(item.aliases.filter((a) => a !== item.name)),
      description: item.description,
      firstAt: analysis.entities.length,
    };
    const mentions: Mention[] = [];
    for (const n of item.sentences) {
      const sentence = sentences[n];
      if (sentence === undefined) {
        dropped += 1;
        continue;
      }
      for (const [term, via] of [
        [item.name, 'name'],
        ...item.aliases.map((a) => [a, 'alias'] as const),
      ] as const) {
        const at = findTerm(sentence.text, term);
        if (at === -1) continue;
        const start = sentence.start + at;
        mentions.push({
          entity,
          sentence: n,
          start,
          end: start + term.length,
          tokenStart: 0,
          tokenEnd: 0,
          via,
          possessive: false,
        });
        break;
      }
    }
    if (mentions.length === 0) {
      dropped += 1;
      continue;
    }
    if (!byName.has(key)) {
      byName.set(key, entity);
      analysis.entities.push(entity);
    }
    for (const alias of item.aliases) byName.set(exactForm(alias), entity);
    analysis.mentions.push(...mentions);
  }

  for (const r of answer.relations) {
    const source = byName.get(exactForm(r.source));
    const target = byName.get(exactForm(r.target));
    if (
      source === undefined ||
      target === undefined ||
      source === target ||
      sentences[r.sentence] === undefined
    ) {
      dropped += 1;
      continue;
    }
    analysis.relations.push({
      type: r.type,
      source,
      target,
      sentence: r.sentence,
      statement: r.statement,
      role: r.role,
      confidence: LLM_CONFIDENCE,
    });
  }
  return { analysis, dropped };
}
