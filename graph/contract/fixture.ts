import type { Document, Entity, Evidence, GraphBatch, Relation } from '../model';

/**
 * The conformance suite's graph: a small, hand-made story (fictional people and organisations) shaped to
 * exercise every rule of the GraphStore port. Shared by the conformance suite of every adapter.
 *
 *   ana-ruiz ─LEADS→ ministry-of-culture ─FUNDS→ northwind-tv ←LEADS─ lena-berg
 *   ana-ruiz ─CRITICIZED→ late-hour ←AIRED, ←PULLED (a parallel pair)─ northwind-tv
 *   sam-okafor ─PRESENTED→ late-hour
 *   northwind-tv ─BASED_IN→ harbor-city ←BASED_IN─ harbor-action ─CRITICIZED→ northwind-tv (a triangle)
 *   sam-okafor ←INTERVIEWED─ tom-hale ─WORKS_FOR→ daily-ledger ←OWNS─ coastline-media
 *     ─OWNS→ southharbor-radio ─REPORTED_ON→ sam-okafor (a ring of five)
 *   pier-seven has no relations.
 *
 * Degrees: northwind-tv 6, late-hour 4, sam-okafor 3, lena-berg 1, pier-seven 0, every other entity 2.
 * Evidence offsets are computed from the text here, never typed by hand, so they cannot drift.
 */

const PULLED = [
  'Northwind TV pulled The Late Hour on Tuesday, two days after Culture Minister Ana Ruiz criticized the programme.',
  'Ruiz, who leads the Ministry of Culture, called the show “a disgrace to public broadcasting”.',
  'The Late Hour, presented by Sam Okafor, had aired on Northwind TV every weeknight since 2019.',
  'Lena Berg, the chief executive of Northwind TV, said the decision was hers alone.',
  'The broadcaster, which is based in Harbor City, receives most of its funding from the ministry.',
  'Harbor Action, a viewers’ group based in the city, condemned Northwind TV for pulling the show.',
  'Southharbor Radio reported that Okafor had been offered a new slot.',
  'Viewers gathered at Pier Seven to watch the final episode.',
] as const;

const INTERVIEW = [
  'Sam Okafor told Tom Hale of the Daily Ledger that he learned of the cancellation from a press release.',
  'The Daily Ledger is owned by Coastline Media, which also owns Southharbor Radio.',
] as const;

const pulledDoc: Document = {
  id: 'northwind-pulls-late-hour',
  title: 'Northwind TV pulls ‘The Late Hour’ after minister’s criticism',
  source: 'Harbor City Chronicle',
  publishedAt: '2024-03-14',
  text: `${PULLED.slice(0, 4).join(' ')}\n\n${PULLED.slice(4).join(' ')}`,
};

const interviewDoc: Document = {
  id: 'ledger-interview',
  title: 'Okafor speaks to the Daily Ledger',
  source: null,
  publishedAt: null,
  text: INTERVIEW.join(' '),
};

const DOCUMENTS = [pulledDoc, interviewDoc];

/** Evidence for a sentence, which must occur exactly once across the fixture's documents. */
function evidence(sentence: string): Evidence {
  const [document, ...others] = DOCUMENTS.filter((d) => d.text.includes(sentence));
  const start = document?.text.indexOf(sentence) ?? -1;
  if (document === undefined || others.length > 0 || document.text.indexOf(sentence, start + 1) >= 0) {
    throw new Error(`fixture: this sentence must occur exactly once in the documents: ${sentence}`);
  }
  return { documentId: document.id, sentence, start, end: start + sentence.length };
}

/** Evidence for every sentence of the fixture's documents that contains `words`. */
function mentionsOf(words: string): Evidence[] {
  return [...PULLED, ...INTERVIEW].filter((sentence) => sentence.includes(words)).map(evidence);
}

function entity(id: string, name: string, type: string, more: Partial<Entity> = {}): Entity {
  return { id, name, type, aliases: [], description: null, mentions: mentionsOf(name), ...more };
}

function relation(
  id: string,
  source: string,
  type: string,
  target: string,
  sentences: string[],
  more: Partial<Relation> = {},
): Relation {
  return {
    id,
    type,
    source,
    target,
    statement: null,
    role: null,
    evidence: sentences.map(evidence),
    ...more,
  };
}

const [S_PULLED, S_DISGRACE, S_AIRED, S_BERG, S_BASED, S_ACTION, S_RADIO] = PULLED;
const [S_TOLD, S_OWNED] = INTERVIEW;

/** The fixture. Lists are deliberately not in id order, so that ordering rules are really tested. */
export const FIXTURE: GraphBatch = {
  documents: [pulledDoc, interviewDoc],
  entities: [
    entity('ana-ruiz', 'Ana Ruiz', 'Person', {
      aliases: ['Minister Ruiz'],
      description: 'Minister of Culture.',
    }),
    entity('ministry-of-culture', 'Ministry of Culture', 'Organization'),
    entity('northwind-tv', 'Northwind TV', 'Organization', {
      aliases: ['NWTV'],
      description: 'A public broadcaster.',
    }),
    entity('late-hour', 'The Late Hour', 'Work'),
    entity('sam-okafor', 'Sam Okafor', 'Person'),
    entity('lena-berg', 'Lena Berg', 'Person'),
    entity('harbor-city', 'Harbor City', 'Place', { aliases: ['Harbor'] }),
    entity('harbor-action', 'Harbor Action', 'Organization'),
    entity('southharbor-radio', 'Southharbor Radio', 'Organization'),
    entity('tom-hale', 'Tom Hale', 'Person'),
    entity('daily-ledger', 'Daily Ledger', 'Organization'),
    entity('coastline-media', 'Coastline Media', 'Organization'),
    entity('pier-seven', 'Pier Seven', 'Place'),
  ],
  relations: [
    relation('northwind-pulled-late-hour', 'northwind-tv', 'PULLED', 'late-hour', [S_PULLED]),
    relation('ruiz-criticized-late-hour', 'ana-ruiz', 'CRITICIZED', 'late-hour', [S_PULLED, S_DISGRACE], {
      statement: 'called the show a disgrace to public broadcasting',
    }),
    relation('ruiz-leads-ministry', 'ana-ruiz', 'LEADS', 'ministry-of-culture', [S_DISGRACE], {
      role: 'Minister of Culture',
    }),
    relation('okafor-presented-late-hour', 'sam-okafor', 'PRESENTED', 'late-hour', [S_AIRED]),
    relation('northwind-aired-late-hour', 'northwind-tv', 'AIRED', 'late-hour', [S_AIRED]),
    relation('berg-leads-northwind', 'lena-berg', 'LEADS', 'northwind-tv', [S_BERG], {
      role: 'Chief Executive',
    }),
    relation('northwind-based-in-harbor-city', 'northwind-tv', 'BASED_IN', 'harbor-city', [S_BASED]),
    relation('action-based-in-harbor-city', 'harbor-action', 'BASED_IN', 'harbor-city', [S_ACTION]),
    relation('ministry-funds-northwind', 'ministry-of-culture', 'FUNDS', 'northwind-tv', [S_BASED]),
    relation('action-criticized-northwind', 'harbor-action', 'CRITICIZED', 'northwind-tv', [S_ACTION], {
      statement: 'condemned Northwind TV for pulling the show',
    }),
    relation('radio-reported-on-okafor', 'southharbor-radio', 'REPORTED_ON', 'sam-okafor', [S_RADIO], {
      statement: 'Okafor had been offered a new slot',
    }),
    relation('hale-interviewed-okafor', 'tom-hale', 'INTERVIEWED', 'sam-okafor', [S_TOLD]),
    relation('hale-works-for-ledger', 'tom-hale', 'WORKS_FOR', 'daily-ledger', [S_TOLD], {
      role: 'Reporter',
    }),
    relation('coastline-owns-radio', 'coastline-media', 'OWNS', 'southharbor-radio', [S_OWNED]),
    relation('coastline-owns-ledger', 'coastline-media', 'OWNS', 'daily-ledger', [S_OWNED]),
  ],
};

function find<T extends { id: string }>(items: readonly T[], id: string): T {
  const item = items.find((i) => i.id === id);
  if (item === undefined) throw new Error(`fixture: nothing has the id ${id}`);
  return structuredClone(item);
}

/** A copy of one fixture item, to compare with what a store returns or to change and upsert. */
export const fixtureEntity = (id: string): Entity => find(FIXTURE.entities, id);
export const fixtureRelation = (id: string): Relation => find(FIXTURE.relations, id);
export const fixtureDocument = (id: string): Document => find(FIXTURE.documents, id);
