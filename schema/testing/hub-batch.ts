import type { Document, Entity, GraphBatch, Relation } from '../../graph/model';

/**
 * Test data: a wire report in which `spokes` spokespeople each speak for one agency, so the agency has
 * `spokes` relations with `spokes` distinct sources. The seed's busiest entity has fewer than ten
 * relations; this is the smallest honest graph on which "20 relation ends cost one store call" can be
 * measured. Offsets are computed from the text, never typed.
 */
export function hubBatch(spokes: number): GraphBatch {
  const names = Array.from({ length: spokes }, (_, i) => `Speaker ${i + 1}`);
  const sentences = names.map((name) => `${name} spoke for the Wire Agency.`);
  const document: Document = {
    id: 'wire-report',
    title: 'A wire report',
    source: null,
    publishedAt: '2024-01-02',
    text: sentences.join(' '),
  };
  const evidenceFor = (sentence: string) => {
    const start = document.text.indexOf(sentence);
    return { documentId: document.id, sentence, start, end: start + sentence.length };
  };
  const agency: Entity = {
    id: 'wire-agency',
    name: 'Wire Agency',
    type: 'Organization',
    aliases: [],
    description: null,
    mentions: sentences.map(evidenceFor),
  };
  const speakers: Entity[] = names.map((name, i) => ({
    id: `speaker-${i + 1}`,
    name,
    type: 'Person',
    aliases: [],
    description: null,
    mentions: [evidenceFor(sentences[i] ?? '')],
  }));
  const relations: Relation[] = speakers.map((speaker, i) => ({
    id: `speaker-${i + 1}-works-for-agency`,
    type: 'WORKS_FOR',
    source: speaker.id,
    target: agency.id,
    statement: null,
    role: 'Spokesperson',
    evidence: [evidenceFor(sentences[i] ?? '')],
  }));
  return { documents: [document], entities: [agency, ...speakers], relations };
}
