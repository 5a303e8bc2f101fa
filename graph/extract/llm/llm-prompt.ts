import type { ChatMessage } from './llm-client';
import { ENTITY_TYPES, relationTypes } from '../types';

/**
 * The instructions and the article, its sentences numbered as our splitter cut them. The model answers
 * with sentence numbers, never with quotes.
 */
export function extractionMessages(sentences: readonly string[]): ChatMessage[] {
  const system = [
    'You extract a knowledge graph from one news article.',
    `Entity types: ${ENTITY_TYPES.join(', ')}. Relation types: ${relationTypes().join(', ')}. Use no others.`,
    'For every entity give its name as written in the article, other names the article uses (aliases), a one-line description or null, and the numbers of the sentences that mention it.',
    'For every relation give its type, the names of its source and target entities (as in your entity list), the number of the one sentence that states it, for SAID/ORDERED what was said or ordered in a few words (else null), and for LEADS/WORKS_FOR/HELD_OFFICE the role (else null).',
    'SAID goes from the speaker to the entity the statement is about. Only state what the sentence says.',
  ].join('\n');
  const user = sentences.map((s, i) => `[${i}] ${s}`).join('\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}
