import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreGetter } from './context';
import { expectInvalidArgument, idList } from './context';
import { fixtureEntity } from './fixture';
import { SEARCH_BATCH, SEARCH_DOCUMENT } from './search-fixture';

/** search: names and aliases, found the ways people type them (see graph/search/name-match.ts). */
export function describeEntitySearch(store: StoreGetter): void {
  describe('#search', () => {
    beforeEach(async () => {
      await store().upsert(SEARCH_BATCH);
    });

    it('ranks an exact match (a name or an alias) first, then whole words, then prefixes', async () => {
      // "Harbor" is an alias of Harbor City; "Harbor Action" has it as a word; "Southharbor" only inside one.
      expect(idList(await store().search('harbor'))).toEqual(['harbor-city', 'harbor-action']);
      // Clintonville is better connected, but a prefix ranks below a whole word.
      expect(idList(await store().search('Clinton'))).toEqual([
        'bill-clinton',
        'hillary-clinton',
        'clintonville',
      ]);
    });

    it('ranks a prefix above a typo however connected the typo is', async () => {
      // "bukel" starts "Bukéle" (degree 1) and is one letter from "Bukal" (degree 3).
      expect(idList(await store().search('bukel'))).toEqual(['nayib-bukele', 'bukal-farms']);
    });

    it('ignores case and accents, both ways', async () => {
      for (const typed of ['bukele', 'BUKELE', 'Bukéle', 'nayib bukele']) {
        expect(idList(await store().search(typed)), typed).toEqual(['nayib-bukele']);
      }
    });

    it('takes the words in any order as an exact match', async () => {
      const found = await store().search('clinton hillary');
      expect(idList(found)[0]).toBe('hillary-clinton');
    });

    it('finds as one types: the start of any word', async () => {
      expect(idList(await store().search('buk'))).toEqual(['bukal-farms', 'nayib-bukele']);
      expect(idList(await store().search('hill'))).toEqual(['hillary-clinton']);
      expect(idList(await store().search('s'))).toEqual(['sam-okafor', 'southharbor-radio', 'pier-seven']);
    });

    it('finds a name from initials and a surname', async () => {
      expect(idList(await store().search('H. Clinton'))).toEqual(['hillary-clinton']);
      expect(idList(await store().search('b clinton'))).toEqual(['bill-clinton']);
    });

    it('forgives a typo in a long enough word', async () => {
      expect(idList(await store().search('Bukelle'))).toEqual(['nayib-bukele']);
      expect(idList(await store().search('Hilary Clinton'))).toEqual(['hillary-clinton']);
      // Both one letter off: equal quality, so by degree (equal), then by name.
      expect(idList(await store().search('harbour'))).toEqual(['harbor-action', 'harbor-city']);
    });

    it('does not stretch a short word into another', async () => {
      expect(idList(await store().search('buk farms'))).toEqual(['bukal-farms']);
      expect(await store().search('bul farms')).toEqual([]);
      expect(idList(await store().search('hill'))).toEqual(['hillary-clinton']); // not Bill
    });

    it('searches aliases', async () => {
      expect(idList(await store().search('rodham'))).toEqual(['hillary-clinton']);
      expect(idList(await store().search('nwtv'))).toEqual(['northwind-tv']);
      expect(idList(await store().search('minister ruiz'))).toEqual(['ana-ruiz']);
    });

    it('finds names made of common words, and the start of a word that is one', async () => {
      expect(idList(await store().search('a'))).toEqual(['ana-ruiz', 'harbor-action']);
      expect(idList(await store().search('ministry of culture'))).toEqual(['ministry-of-culture']);
      expect(idList(await store().search('the late hour'))).toEqual(['late-hour']);
    });

    it('needs every word typed in the same name', async () => {
      expect(await store().search('nayib clinton')).toEqual([]);
    });

    it('breaks ties by degree, highest first, then by name', async () => {
      expect(idList(await store().search('har'))).toEqual(['harbor-action', 'harbor-city']);
      expect(idList(await store().search('c'))).toEqual([
        'clintonville', // 3
        'bill-clinton', // 2
        'coastline-media', // 2, then by name
        'harbor-city',
        'ministry-of-culture',
        'hillary-clinton', // 1
      ]);
    });

    it('keeps only the types asked for', async () => {
      expect(idList(await store().search('clinton', { types: ['Place'] }))).toEqual(['clintonville']);
      expect(idList(await store().search('harbor', { types: ['Organization'] }))).toEqual(['harbor-action']);
    });

    it('returns at most `limit` results, the best ones', async () => {
      expect(idList(await store().search('clinton', { limit: 2 }))).toEqual([
        'bill-clinton',
        'hillary-clinton',
      ]);
    });

    it('returns whole entities with their degree', async () => {
      const [first] = await store().search('NWTV');
      expect(first).toEqual({ ...fixtureEntity('northwind-tv'), degree: 6 });
    });

    it('reads full-text query syntax as plain text', async () => {
      expect(idList(await store().search('clinton*'))).toEqual(idList(await store().search('clinton')));
      expect(idList(await store().search('"bukele~'))).toEqual(['nayib-bukele']);
      expect(idList(await store().search('name:(Bukele) OR'))).toEqual([]);
      for (const nothing of ['*', '\\', '~', '"', '(', ':', '?', 'AND', '&& ||', 'the']) {
        expect(await store().search(nothing), nothing).toEqual([]);
      }
    });

    it('finds what a write brings at once, and no longer what it replaced', async () => {
      await store().upsert({
        documents: [],
        entities: [{ ...fixtureEntity('pier-seven'), name: 'Muelle Siete', aliases: ['Pier 7'] }],
        relations: [],
      });
      expect(idList(await store().search('muelle'))).toEqual(['pier-seven']);
      expect(idList(await store().search('pier 7'))).toEqual(['pier-seven']);
      expect(await store().search('pier seven')).toEqual([]);
    });

    it('returns nothing when nothing matches', async () => {
      expect(await store().search('zanzibar')).toEqual([]);
    });

    it('refuses an empty query', async () => {
      await expectInvalidArgument(store().search('   '));
    });

    it('refuses a type name that is not PascalCase', async () => {
      await expectInvalidArgument(store().search('harbor', { types: ['organization'] }));
    });

    it('refuses a limit out of range', async () => {
      await expectInvalidArgument(store().search('harbor', { limit: 0 }));
    });
  });
}

/** searchSentences: a quote or a word in the documents' sentences (see graph/search/sentence-match.ts). */
export function describeSentenceSearch(store: StoreGetter): void {
  describe('#searchSentences', () => {
    beforeEach(async () => {
      await store().upsert(SEARCH_BATCH);
    });

    const place = (sentence: string) => {
      const start = SEARCH_DOCUMENT.text.indexOf(sentence);
      return { documentId: SEARCH_DOCUMENT.id, sentence, start, end: start + sentence.length };
    };
    const TOURED = place(
      'Bill Clinton toured Bukal Farms and called the prison regime “torture by another name”.',
    );
    const DENIED = place('Clintonville’s mayor denied any torture.');

    it('finds every sentence with the word, each with its place in the document', async () => {
      const found = await store().searchSentences('torture');
      expect(found.map(({ entities: _e, relations: _r, ...at }) => at)).toEqual([TOURED, DENIED]);
      for (const hit of found) {
        expect(SEARCH_DOCUMENT.text.slice(hit.start, hit.end)).toBe(hit.sentence);
      }
    });

    it('gives each sentence the entities it mentions and the relations it is evidence for', async () => {
      const [toured] = await store().searchSentences('torture by another name');
      expect(toured?.sentence).toBe(TOURED.sentence);
      expect(idList(toured?.entities ?? [])).toEqual(['bill-clinton']);
      expect(toured?.entities[0]?.degree).toBe(2);
      expect(idList(toured?.relations ?? [])).toEqual(['bill-toured-farms']);
    });

    it('ranks the words as a phrase above the words apart', async () => {
      const found = await store().searchSentences('torture denied');
      expect(found.map((hit) => hit.sentence)).toEqual([DENIED.sentence]);
      const phrase = await store().searchSentences('denied any torture');
      expect(phrase.map((hit) => hit.sentence)).toEqual([DENIED.sentence]);
    });

    it('ignores case and accents, and takes the last word as the start of one', async () => {
      expect((await store().searchSentences('BUKELE MET')).map((hit) => hit.sentence)).toEqual([
        'Nayib Bukéle met Hillary Clinton in San Salvador.',
      ]);
      expect((await store().searchSentences('tortu')).map((hit) => hit.sentence)).toEqual([
        TOURED.sentence,
        DENIED.sentence,
      ]);
    });

    it('searches every document: newest first, undated last, then in text order', async () => {
      const said = await store().searchSentences('said');
      expect(said.map((hit) => hit.documentId)).toEqual(['clinton-visit', 'northwind-pulls-late-hour']);
      const okafor = await store().searchSentences('okafor');
      expect(okafor.map((hit) => hit.documentId)).toEqual([
        'northwind-pulls-late-hour',
        'northwind-pulls-late-hour',
        'ledger-interview', // no date
      ]);
      const [first, second] = okafor;
      expect(first !== undefined && second !== undefined && first.start < second.start).toBe(true);
    });

    it('reads as many documents as it takes: phrases in older ones rank above words apart in newer', async () => {
      // Twenty dated articles: the newest twelve have both words apart, the older eight as a phrase, so a
      // store that fetches texts a few at a time (Neo4j) must read past its first batch, newest first.
      const day = (n: number) => `2025-01-${String(n + 1).padStart(2, '0')}`;
      const documents = Array.from({ length: 20 }, (_, n) => ({
        id: `harbor-${String(n).padStart(2, '0')}`,
        title: `Harbor report ${n}`,
        source: null,
        publishedAt: day(n),
        text: n >= 8 ? 'The harbor stayed quiet all week.' : 'Another quiet harbor night.',
      }));
      await store().upsert({ documents, entities: [], relations: [] });
      const found = await store().searchSentences('quiet harbor', { limit: 3 });
      expect(found.map((hit) => hit.documentId)).toEqual(['harbor-07', 'harbor-06', 'harbor-05']);
      const apart = await store().searchSentences('harbor quiet', { limit: 3 });
      expect(apart.map((hit) => hit.documentId)).toEqual(['harbor-19', 'harbor-18', 'harbor-17']);
    });

    it('needs every word in the same sentence', async () => {
      expect(await store().searchSentences('torture Salvador')).toEqual([]);
    });

    it('returns at most `limit` sentences', async () => {
      expect(await store().searchSentences('Clinton', { limit: 2 })).toHaveLength(2);
    });

    it('reads full-text query syntax as plain text', async () => {
      expect(await store().searchSentences('torture AND NOT')).toEqual([]);
      expect((await store().searchSentences('"torture*')).map((hit) => hit.sentence)).toEqual([
        TOURED.sentence,
        DENIED.sentence,
      ]);
      for (const nothing of ['*', '"', '~', 'the'])
        expect(await store().searchSentences(nothing)).toEqual([]);
    });

    it('finds the sentences of a document a write brings, and no longer those it replaced', async () => {
      await store().upsert({
        documents: [{ ...SEARCH_DOCUMENT, text: 'A new text about waterboarding.' }],
        entities: [],
        relations: [],
      });
      expect(await store().searchSentences('torture')).toEqual([]);
      expect((await store().searchSentences('waterboarding')).map((hit) => hit.start)).toEqual([0]);
    });

    it('refuses an empty query and a limit out of range', async () => {
      await expectInvalidArgument(store().searchSentences('  '));
      await expectInvalidArgument(store().searchSentences('torture', { limit: 0 }));
    });
  });
}
