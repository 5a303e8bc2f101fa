import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Draft, KnownEntity } from './draft';
import { draftSchema } from './draft';
import { extract } from './extract';
import { splitSentences } from '../text/sentences';

const doc = (text: string, id = 'doc') => ({ id, title: 'Test', source: null, publishedAt: null, text });
const seedText = readFileSync(new URL('../data/documents/cecot-bukele-clinton.txt', import.meta.url), 'utf8');

const entity = (draft: Draft, name: string) =>
  draft.entities.find((e) => e.name === name || e.aliases.includes(name));
const relation = (draft: Draft, type: string, source: string, target: string) =>
  draft.relations.find((r) => r.type === type && r.source === source && r.target === target);

describe('extract (rules)', () => {
  it('returns a draft that parses with the draft schema, every evidence a sentence of our splitter', async () => {
    const draft = await extract(doc(seedText), []);
    expect(draftSchema.safeParse(draft).success).toBe(true);
    const sentences = new Set(splitSentences(seedText).map((s) => `${s.start}:${s.end}`));
    const evidence = [
      ...draft.relations.flatMap((r) => r.evidence),
      ...draft.entities.flatMap((e) => e.mentions),
    ];
    expect(evidence.length).toBeGreaterThan(20);
    for (const e of evidence) {
      expect(seedText.slice(e.start, e.end)).toBe(e.sentence);
      expect(sentences.has(`${e.start}:${e.end}`)).toBe(true);
    }
    for (const span of draft.entities.flatMap((e) => e.spans))
      expect(seedText.slice(span.start, span.end)).toBe(span.text);
  });

  it('gives the same draft for the same input', async () => {
    expect(await extract(doc(seedText), [])).toEqual(await extract(doc(seedText), []));
  });

  it('reads a title before a name as a role tying the person to the organisation or country', async () => {
    const draft = await extract(
      doc('CBS News Editor-in-Chief Bari Weiss said the report was not ready.'),
      [],
    );
    expect(entity(draft, 'Bari Weiss')?.type).toBe('Person');
    expect(relation(draft, 'WORKS_FOR', 'bari-weiss', 'cbs-news')?.role).toBe('Editor-in-Chief');
  });

  it('attributes a quote to a speaker named after it, and to a pronoun for the last person', async () => {
    const text =
      'Health Minister Paul Garner urged the union to return to talks. “A strike will only make waiting lists longer,” he told the BBC. “The mine has killed the fish in Huancaré,” said Rosa Quispe.';
    const draft = await extract(doc(text), []);
    expect(relation(draft, 'SAID', 'paul-garner', 'bbc')).toBeDefined();
    const quispe = draft.relations.find((r) => r.type === 'SAID' && r.source === 'rosa-quispe');
    expect(quispe?.statement).toBe('The mine has killed the fish in Huancaré');
  });

  it('turns a passive sentence around "by"', async () => {
    const draft = await extract(
      doc('The mine is operated by Andes Copper Corporation, a company based in Toronto.'),
      [],
    );
    expect(draft.relations.map((r) => [r.type, r.source, r.target])).toContainEqual([
      'LOCATED_IN',
      'andes-copper-corporation',
      'toronto',
    ]);
    const passive = await extract(doc('The documentary Ward Seven was made by Northlight Films.'), []);
    expect(relation(passive, 'PRODUCED', 'northlight-films', 'ward-seven')).toBeDefined();
  });

  it('ties a surname, a pronoun and "the administration" back to the entity named earlier', async () => {
    const draft = await extract(doc(seedText), []);
    const bukele = entity(draft, 'Nayib Bukele');
    expect(bukele?.spans.map((s) => s.via)).toEqual(expect.arrayContaining(['name', 'surname', 'pronoun']));
    const administration = entity(draft, 'Trump administration');
    expect(
      administration?.spans.some((s) => s.text === 'the administration' && s.via === 'description'),
    ).toBe(true);
    expect(relation(draft, 'ORDERED', 'federal-judge', 'trump-administration')).toBeDefined();
  });

  it('keeps two people who share a surname apart within an article', async () => {
    const text = 'Hillary Clinton met Bill Clinton in Paris. Hillary Clinton said Bill Clinton was tired.';
    const draft = await extract(doc(text), []);
    expect(
      draft.entities
        .filter((e) => e.type === 'Person')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['bill-clinton', 'hillary-clinton']);
  });

  it('finds a numbered group of people as one entity', async () => {
    const draft = await extract(doc('The judge ordered the release of more than 100 Venezuelan men.'), []);
    expect(entity(draft, 'more than 100 Venezuelan men')?.type).toBe('Group');
    expect(entity(draft, 'Venezuelan')).toBeUndefined();
  });

  it('reuses the id of an entity the graph holds and marks it existing', async () => {
    const known: KnownEntity[] = [
      { id: 'nayib-bukele', name: 'Nayib Bukele', type: 'Person', aliases: ['Bukele'] },
      { id: 'cecot', name: 'CECOT', type: 'Prison', aliases: ['Terrorism Confinement Center'] },
    ];
    const draft = await extract(
      doc('President Bukele visited CECOT on Monday. Bukele said CECOT was full.'),
      known,
    );
    expect(draft.entities.find((e) => e.id === 'nayib-bukele')?.existing).toBe(true);
    const cecot = draft.entities.find((e) => e.id === 'cecot');
    expect(cecot?.existing).toBe(true);
    expect(cecot?.type).toBe('Prison');
  });

  it('says in a warning when a sentence was too long to read', async () => {
    const draft = await extract(doc(`${'word '.repeat(1_000)}end.`), []);
    expect(draft.extraction.warnings.join(' ')).toMatch(/longer than/);
  });

  it('reads a sentence-opening surname the tagger does not know, and "In her post, X said" as X', async () => {
    const text =
      'President Nayib Bukele met Hillary Clinton. In her post, Clinton said the visit went well. Bukele said his government agreed.';
    const draft = await extract(doc(text), []);
    const clinton = entity(draft, 'Hillary Clinton');
    expect(clinton?.spans.find((s) => s.text === 'her')).toBeDefined();
    expect(entity(draft, 'Nayib Bukele')?.spans.filter((s) => s.via === 'surname')).toHaveLength(1);
    expect(relation(draft, 'LEADS', 'nayib-bukele', 'bukeles-government')).toBeDefined();
    expect(relation(draft, 'SAID', 'nayib-bukele', 'bukeles-government')).toBeDefined();
  });

  it('types a name by a lower-case word after it without taking the word in', async () => {
    const draft = await extract(doc('The men were members of the Tren de Aragua gang, officials said.'), []);
    expect(entity(draft, 'Tren de Aragua')?.type).toBe('Organization');
  });
});
