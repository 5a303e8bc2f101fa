import { describe, expect, it } from 'vitest';
import type { StoreGetter } from './context';
import { idList } from './context';
import { fixtureDocument } from './fixture';

/** stats and documents. */
export function describeCatalog(store: StoreGetter): void {
  describe('#stats', () => {
    it('counts entities, relations and documents', async () => {
      const stats = await store().stats();
      expect(stats).toMatchObject({ entityCount: 13, relationCount: 15, documentCount: 2 });
    });

    it('counts entity types, most frequent first', async () => {
      expect((await store().stats()).entityTypes).toEqual([
        { type: 'Organization', count: 6 },
        { type: 'Person', count: 4 },
        { type: 'Place', count: 2 },
        { type: 'Work', count: 1 },
      ]);
    });

    it('counts relation types, most frequent first, then by type', async () => {
      expect((await store().stats()).relationTypes).toEqual([
        { type: 'BASED_IN', count: 2 },
        { type: 'CRITICIZED', count: 2 },
        { type: 'LEADS', count: 2 },
        { type: 'OWNS', count: 2 },
        { type: 'AIRED', count: 1 },
        { type: 'FUNDS', count: 1 },
        { type: 'INTERVIEWED', count: 1 },
        { type: 'PRESENTED', count: 1 },
        { type: 'PULLED', count: 1 },
        { type: 'REPORTED_ON', count: 1 },
        { type: 'WORKS_FOR', count: 1 },
      ]);
    });
  });

  describe('#documents', () => {
    it('returns every document, ordered by id, when no ids are given', async () => {
      const documents = await store().documents();
      expect(idList(documents)).toEqual(['ledger-interview', 'northwind-pulls-late-hour']);
    });

    it('returns documents exactly as written, null fields included', async () => {
      const documents = await store().documents();
      expect(documents).toEqual([
        fixtureDocument('ledger-interview'),
        fixtureDocument('northwind-pulls-late-hour'),
      ]);
    });

    it('returns the documents asked for and leaves unknown ids out', async () => {
      const documents = await store().documents(['nothing-here', 'northwind-pulls-late-hour']);
      expect(idList(documents)).toEqual(['northwind-pulls-late-hour']);
    });
  });
}
