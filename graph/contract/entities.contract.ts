import { describe, expect, it } from 'vitest';
import type { StoreGetter } from './context';
import { idSet } from './context';
import { fixtureEntity } from './fixture';

/** getEntity and getEntities (search has its own file, search.contract.ts). */
export function describeEntityLookups(store: StoreGetter): void {
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
