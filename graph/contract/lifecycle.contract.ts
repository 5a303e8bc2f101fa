import { describe, expect, it } from 'vitest';
import type { StoreGetter } from './context';
import { fixtureEntity, fixtureRelation } from './fixture';

/** kind, clear, ping, dataVersion, and the rule that results are copies. */
export function describeLifecycle(store: StoreGetter): void {
  describe('#kind', () => {
    it('names the adapter', () => {
      expect(['embedded', 'neo4j']).toContain(store().kind);
    });
  });

  describe('#clear', () => {
    it('removes every entity, relation and document', async () => {
      await store().clear();
      expect(await store().stats()).toEqual({
        entityCount: 0,
        relationCount: 0,
        documentCount: 0,
        entityTypes: [],
        relationTypes: [],
      });
      expect(await store().getEntity('ana-ruiz')).toBeNull();
      expect(await store().search('harbor')).toEqual([]);
      expect(await store().documents()).toEqual([]);
      expect((await store().overview()).nodes).toEqual([]);
    });
  });

  describe('#ping', () => {
    it('resolves when the backend answers', async () => {
      await expect(store().ping()).resolves.toBeUndefined();
    });
  });

  describe('#dataVersion', () => {
    it('names the data on the embedded store: the same while nothing is written, new after each write', async () => {
      const current = store();
      const before = await current.dataVersion();
      const again = await current.dataVersion();
      await current.upsert({
        documents: [],
        entities: [{ ...fixtureEntity('ana-ruiz'), description: 'changed' }],
        relations: [],
      });
      const afterWrite = await current.dataVersion();
      await current.clear();
      const afterClear = await current.dataVersion();
      if (current.kind === 'neo4j') {
        // Other clients write to the database unseen: the adapter names no version, and nothing is cached.
        expect([before, again, afterWrite, afterClear]).toEqual([null, null, null, null]);
        return;
      }
      expect(before).not.toBeNull();
      expect(again).toBe(before);
      expect(new Set([before, afterWrite, afterClear]).size).toBe(3);
    });
  });

  describe('results', () => {
    it('are copies: changing one does not change the store', async () => {
      const entity = await store().getEntity('ana-ruiz');
      entity?.aliases.push('changed');
      entity?.mentions.splice(0);
      const [relation] = await store().relationsOf('lena-berg');
      relation?.evidence.splice(0);
      expect(await store().getEntity('ana-ruiz')).toEqual({ ...fixtureEntity('ana-ruiz'), degree: 2 });
      expect(await store().relationsOf('lena-berg')).toEqual([fixtureRelation('berg-leads-northwind')]);
    });
  });
}
