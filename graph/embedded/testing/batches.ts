import type { Document, Entity, Evidence, GraphBatch, Relation } from '../../model';

/**
 * Synthetic batches for the embedded store's fault tests: batch `index` of a writer named `prefix` holds
 * one document, `size` entities and a chain of `size - 1` relations, each with evidence in the document.
 * Ids are `<prefix>-<index>-<n>`, so the tests can tell from the ids alone which batches a snapshot holds.
 */
export function syntheticBatch(prefix: string, index: number, size: number): GraphBatch {
  const id = (n: number) => `${prefix}-${index}-${n}`;
  const names = Array.from({ length: size }, (_, n) => `Person ${prefix.toUpperCase()} ${index}.${n}`);
  const sentences = names.slice(1).map((name, n) => `${names[n]} spoke with ${name} about the story.`);
  const document: Document = {
    id: `${prefix}-${index}-doc`,
    title: `Synthetic report ${prefix} ${index}`,
    source: null,
    publishedAt: null,
    text: sentences.join(' ') || `${names[0] ?? 'Nobody'} was alone.`,
  };
  const evidence = (n: number): Evidence => {
    const sentence = sentences[n] ?? '';
    const start = document.text.indexOf(sentence);
    return { documentId: document.id, sentence, start, end: start + sentence.length };
  };
  const entities: Entity[] = names.map((name, n) => ({
    id: id(n),
    name,
    type: 'Person',
    aliases: [],
    // A long description makes the snapshot big enough that a kill often lands in the middle of a write.
    description: `${name} is a synthetic person. ${'Padding text for a larger snapshot. '.repeat(8)}`,
    mentions: n < sentences.length ? [evidence(n)] : [],
  }));
  const relations: Relation[] = sentences.map((_, n) => ({
    id: `${prefix}-${index}-r${n}`,
    type: 'SPOKE_WITH',
    source: id(n),
    target: id(n + 1),
    statement: null,
    role: null,
    evidence: [evidence(n)],
  }));
  return { documents: [document], entities, relations };
}

/** The entity ids of batches 0..count-1 of `prefix`, sorted, for comparing with a store's contents. */
export function entityIdsOf(prefix: string, count: number, size: number): string[] {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    for (let n = 0; n < size; n += 1) ids.push(`${prefix}-${index}-${n}`);
  }
  return ids.sort();
}
