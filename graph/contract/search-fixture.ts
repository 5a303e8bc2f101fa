import type { Document, Entity, Evidence, GraphBatch, Relation } from '../model';

/**
 * What the search contract adds to the fixture: names spelt the ways people type them wrong or partly,
 * with accents, initials and shared surnames, and degrees chosen so that a better match must beat a
 * better-connected entity. Offsets are computed from the text, never typed by hand.
 *
 *   Degrees: clintonville 3, bukal-farms 3, bill-clinton 2, hillary-clinton 1, nayib-bukele 1.
 */
const SENTENCES = [
  'Nayib Bukéle met Hillary Clinton in San Salvador.',
  'Bill Clinton opened a library in Clintonville.',
  'Bukal Farms sold coffee to Clintonville, the town said.',
  'Bill Clinton toured Bukal Farms and called the prison regime “torture by another name”.',
  'Clintonville’s mayor denied any torture.',
] as const;

export const SEARCH_DOCUMENT: Document = {
  id: 'clinton-visit',
  title: 'Clinton visits the farms',
  source: 'Harbor City Chronicle',
  publishedAt: '2024-05-02',
  text: SENTENCES.join(' '),
};

function evidence(sentence: string): Evidence {
  const start = SEARCH_DOCUMENT.text.indexOf(sentence);
  if (start < 0) throw new Error(`search fixture: no such sentence: ${sentence}`);
  return { documentId: SEARCH_DOCUMENT.id, sentence, start, end: start + sentence.length };
}

function entity(id: string, name: string, type: string, aliases: string[] = []): Entity {
  return { id, name, type, aliases, description: null, mentions: [] };
}

function relation(id: string, source: string, type: string, target: string, sentence: string): Relation {
  return { id, type, source, target, statement: null, role: null, evidence: [evidence(sentence)] };
}

const [S_MET, S_LIBRARY, S_COFFEE, S_TOURED] = SENTENCES;

export const SEARCH_BATCH: GraphBatch = {
  documents: [SEARCH_DOCUMENT],
  entities: [
    {
      ...entity('nayib-bukele', 'Nayib Bukéle', 'Person', ['President Bukele']),
      mentions: [evidence(S_MET)],
    },
    entity('hillary-clinton', 'Hillary Clinton', 'Person', ['Hillary Rodham Clinton']),
    {
      ...entity('bill-clinton', 'Bill Clinton', 'Person'),
      mentions: [evidence(S_LIBRARY), evidence(S_TOURED)],
    },
    entity('clintonville', 'Clintonville', 'Place'),
    entity('bukal-farms', 'Bukal Farms', 'Organization'),
  ],
  relations: [
    relation('bukele-met-clinton', 'nayib-bukele', 'MET', 'hillary-clinton', S_MET),
    relation('bill-in-clintonville', 'bill-clinton', 'VISITED', 'clintonville', S_LIBRARY),
    relation('farms-supply-clintonville', 'bukal-farms', 'SUPPLIES', 'clintonville', S_COFFEE),
    relation('bill-toured-farms', 'bill-clinton', 'VISITED', 'bukal-farms', S_TOURED),
    relation('clintonville-criticized-farms', 'clintonville', 'CRITICIZED', 'bukal-farms', S_COFFEE),
  ],
};
