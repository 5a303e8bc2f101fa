import { describe, expect, it } from 'vitest';
import type { GraphBatch } from '../model';
import type { StoreGetter } from './context';
import { idList } from './context';
import { FIXTURE, fixtureEntity } from './fixture';

/** The fixture as readAll must return it: every list ordered by id (the fixture's own lists are not). */
function fixtureById(): GraphBatch {
  const byId = <T extends { id: string }>(items: readonly T[]): T[] =>
    structuredClone([...items]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    documents: byId(FIXTURE.documents),
    entities: byId(FIXTURE.entities),
    relations: byId(FIXTURE.relations),
  };
}

/** readAll. */
export function describeReadAll(store: StoreGetter): void {
  describe('#readAll', () => {
    it('returns exactly the documents, entities and relations that were loaded, each ordered by id', async () => {
      expect(await store().readAll()).toEqual(fixtureById());
    });

    it('orders every list by id', async () => {
      const all = await store().readAll();
      for (const items of [all.documents, all.entities, all.relations]) {
        expect(idList(items)).toEqual(idList(items).toSorted());
      }
    });

    it('returns entities without a degree, as a batch holds them', async () => {
      const { entities } = await store().readAll();
      expect(entities.some((entity) => 'degree' in entity)).toBe(false);
    });

    it('returns what can be written back unchanged', async () => {
      const before = await store().readAll();
      await store().clear();
      await store().upsert(before);
      expect(await store().readAll()).toEqual(before);
    });

    it('reflects the latest write', async () => {
      await store().upsert({
        documents: [],
        entities: [{ ...fixtureEntity('pier-seven'), name: 'Pier 7' }],
        relations: [],
      });
      const { entities } = await store().readAll();
      expect(entities.find((entity) => entity.id === 'pier-seven')?.name).toBe('Pier 7');
    });

    it('returns three empty lists for an empty store', async () => {
      await store().clear();
      expect(await store().readAll()).toEqual({ documents: [], entities: [], relations: [] });
    });

    it('returns copies: changing the result does not change the store', async () => {
      const first = await store().readAll();
      first.entities[0]?.aliases.push('changed');
      first.relations[0]?.evidence.splice(0);
      first.documents.pop();
      expect(await store().readAll()).toEqual(fixtureById());
    });
  });
}
