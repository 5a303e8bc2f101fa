import { describe, expect, it } from 'vitest';
import type { StoreGetter } from './context';
import { expectInvalidArgument, expectNotFound, idList } from './context';
import { fixtureDocument, fixtureRelation } from './fixture';

/** relationsOf. */
export function describeRelationsOf(store: StoreGetter): void {
  describe('#relationsOf', () => {
    it('returns relations both ways by default, ordered by type, then id', async () => {
      expect(idList(await store().relationsOf('northwind-tv'))).toEqual([
        'northwind-aired-late-hour', // AIRED
        'northwind-based-in-harbor-city', // BASED_IN
        'action-criticized-northwind', // CRITICIZED
        'ministry-funds-northwind', // FUNDS
        'berg-leads-northwind', // LEADS
        'northwind-pulled-late-hour', // PULLED
      ]);
    });

    it('orders relations of one type by id', async () => {
      expect(idList(await store().relationsOf('coastline-media'))).toEqual([
        'coastline-owns-ledger',
        'coastline-owns-radio',
      ]);
      expect(idList(await store().relationsOf('harbor-city'))).toEqual([
        'action-based-in-harbor-city',
        'northwind-based-in-harbor-city',
      ]);
    });

    it('keeps only outgoing relations with direction OUT', async () => {
      expect(idList(await store().relationsOf('northwind-tv', { direction: 'OUT' }))).toEqual([
        'northwind-aired-late-hour',
        'northwind-based-in-harbor-city',
        'northwind-pulled-late-hour',
      ]);
    });

    it('keeps only incoming relations with direction IN', async () => {
      expect(idList(await store().relationsOf('northwind-tv', { direction: 'IN' }))).toEqual([
        'action-criticized-northwind',
        'ministry-funds-northwind',
        'berg-leads-northwind',
      ]);
    });

    it('keeps only the relation types asked for', async () => {
      const found = await store().relationsOf('northwind-tv', { types: ['PULLED', 'AIRED'] });
      expect(idList(found)).toEqual(['northwind-aired-late-hour', 'northwind-pulled-late-hour']);
    });

    it('combines the type filter with the direction', async () => {
      const found = await store().relationsOf('northwind-tv', {
        types: ['LEADS', 'PULLED'],
        direction: 'IN',
      });
      expect(idList(found)).toEqual(['berg-leads-northwind']);
    });

    it('returns at most `limit` relations, the first in order', async () => {
      expect(idList(await store().relationsOf('northwind-tv', { limit: 2 }))).toEqual([
        'northwind-aired-late-hour',
        'northwind-based-in-harbor-city',
      ]);
    });

    it('returns an empty list for an entity without relations', async () => {
      expect(await store().relationsOf('pier-seven')).toEqual([]);
    });

    it('returns relations exactly as written, evidence included', async () => {
      const [criticism] = await store().relationsOf('ana-ruiz', { types: ['CRITICIZED'] });
      expect(criticism).toEqual(fixtureRelation('ruiz-criticized-late-hour'));
    });

    it('keeps evidence offsets that point at the sentence in the document', async () => {
      const text = fixtureDocument('northwind-pulls-late-hour').text;
      const [criticism] = await store().relationsOf('ana-ruiz', { types: ['CRITICIZED'] });
      expect(criticism?.evidence).toHaveLength(2);
      for (const e of criticism?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.sentence);
    });

    it('throws NotFoundError for an unknown entity', async () => {
      await expectNotFound(store().relationsOf('nobody'), ['nobody']);
    });

    it('refuses a relation type that is not UPPER_SNAKE_CASE', async () => {
      await expectInvalidArgument(store().relationsOf('northwind-tv', { types: ['pulled'] }));
    });
  });
}
