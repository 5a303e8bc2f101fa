import { describe, expect, it } from 'vitest';
import type { StoreGetter } from './context';
import { expectInvalidArgument, idList, idSet } from './context';
import { fixtureEntity } from './fixture';

/** search, getEntity and getEntities. */
export function describeEntityLookups(store: StoreGetter): void {
  describe('#search', () => {
    it('ranks an exact match first, then prefixes, then substrings', async () => {
      // "Harbor" is an alias of Harbor City; "Harbor Action" starts with it; "Southharbor Radio" contains it.
      const found = await store().search('harbor');
      expect(idList(found)).toEqual(['harbor-city', 'harbor-action', 'southharbor-radio']);
    });

    it('ranks an exact match above a prefix that would win on name', async () => {
      // "Harbor Action" sorts before "Harbor City" by name, but Harbor City's alias "Harbor" is exact.
      expect(idList(await store().search('harbor')).slice(0, 2)).toEqual(['harbor-city', 'harbor-action']);
    });

    it('ranks a prefix above substrings that would win on name', async () => {
      expect(idList(await store().search('s'))).toEqual([
        'sam-okafor', // prefix, degree 3
        'southharbor-radio', // prefix, degree 2
        'ana-ruiz', // substring (alias "Minister Ruiz"), degree 2, then by name
        'coastline-media',
        'ministry-of-culture',
        'pier-seven', // substring, degree 0
      ]);
    });

    it('ignores case', async () => {
      expect(idList(await store().search('HARBOR'))).toEqual([
        'harbor-city',
        'harbor-action',
        'southharbor-radio',
      ]);
    });

    it('breaks ties by degree, highest first, then by name', async () => {
      // Every one of these only contains an "o": they all rank as substrings.
      const found = await store().search('o');
      expect(idList(found)).toEqual([
        'northwind-tv', // 6
        'late-hour', // 4
        'sam-okafor', // 3
        'coastline-media', // 2, then by name
        'harbor-action',
        'harbor-city',
        'ministry-of-culture',
        'southharbor-radio',
        'tom-hale',
      ]);
    });

    it('matches aliases', async () => {
      expect(idList(await store().search('nwtv'))).toEqual(['northwind-tv']);
      expect(idList(await store().search('minister ruiz'))).toEqual(['ana-ruiz']);
    });

    it('keeps only the types asked for', async () => {
      const found = await store().search('harbor', { types: ['Organization'] });
      expect(idList(found)).toEqual(['harbor-action', 'southharbor-radio']);
    });

    it('returns at most `limit` results, the best ones', async () => {
      expect(idList(await store().search('o', { limit: 3 }))).toEqual([
        'northwind-tv',
        'late-hour',
        'sam-okafor',
      ]);
    });

    it('returns whole entities with their degree', async () => {
      const [first] = await store().search('NWTV');
      expect(first).toEqual({ ...fixtureEntity('northwind-tv'), degree: 6 });
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

  describe('#getEntity', () => {
    it('returns the entity as written, with its degree', async () => {
      expect(await store().getEntity('ana-ruiz')).toEqual({ ...fixtureEntity('ana-ruiz'), degree: 2 });
    });

    it('counts relations in both directions in the degree', async () => {
      // northwind-tv is the source of three relations and the target of three others.
      expect((await store().getEntity('northwind-tv'))?.degree).toBe(6);
      expect((await store().getEntity('lena-berg'))?.degree).toBe(1);
    });

    it('gives an entity without relations a degree of 0', async () => {
      expect((await store().getEntity('pier-seven'))?.degree).toBe(0);
    });

    it('returns null for an unknown id', async () => {
      expect(await store().getEntity('nobody')).toBeNull();
    });
  });

  describe('#getEntities', () => {
    it('returns the known entities and leaves unknown ids out', async () => {
      const found = await store().getEntities(['lena-berg', 'nobody', 'ana-ruiz']);
      expect(idSet(found)).toEqual(['ana-ruiz', 'lena-berg']);
      expect(found.find((e) => e.id === 'lena-berg')).toEqual({ ...fixtureEntity('lena-berg'), degree: 1 });
    });

    it('returns each entity once when an id is repeated', async () => {
      expect(idSet(await store().getEntities(['tom-hale', 'tom-hale']))).toEqual(['tom-hale']);
    });
  });
}
