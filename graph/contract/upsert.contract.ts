import { describe, expect, it } from 'vitest';
import type { Entity, GraphBatch } from '../model';
import type { StoreGetter } from './context';
import { expectInvalidArgument, idList } from './context';
import { FIXTURE, fixtureEntity, fixtureRelation } from './fixture';

const EMPTY: GraphBatch = { documents: [], entities: [], relations: [] };

/** A new entity and a relation tying it to the fixture, both citing a new document. */
function newcomerBatch(): GraphBatch {
  const text = 'Rita Sol, who chairs the Media Union, defended Sam Okafor.';
  const sentence = { documentId: 'union-statement', sentence: text, start: 0, end: text.length };
  const rita: Entity = { ...fixtureEntity('pier-seven'), id: 'rita-sol', name: 'Rita Sol', type: 'Person' };
  return {
    documents: [{ id: 'union-statement', title: 'Union statement', source: null, publishedAt: null, text }],
    entities: [{ ...rita, mentions: [sentence] }],
    relations: [
      {
        ...fixtureRelation('hale-interviewed-okafor'),
        id: 'sol-defended-okafor',
        type: 'DEFENDED',
        source: 'rita-sol',
        evidence: [sentence],
      },
    ],
  };
}

/** upsert. */
export function describeUpsert(store: StoreGetter): void {
  describe('#upsert', () => {
    it('reports how many items of each kind it wrote', async () => {
      await store().clear();
      expect(await store().upsert(FIXTURE)).toEqual({ documents: 2, entities: 13, relations: 15 });
    });

    it('changes nothing when the same batch is written twice', async () => {
      const before = await store().stats();
      const relationsBefore = await store().relationsOf('northwind-tv');
      await store().upsert(FIXTURE);
      expect(await store().stats()).toEqual(before);
      expect(await store().relationsOf('northwind-tv')).toEqual(relationsBefore);
      expect(await store().getEntity('northwind-tv')).toEqual({
        ...fixtureEntity('northwind-tv'),
        degree: 6,
      });
    });

    it('adds new entities, relations and documents next to the old ones', async () => {
      await store().upsert(newcomerBatch());
      expect(await store().stats()).toMatchObject({ entityCount: 14, relationCount: 16, documentCount: 3 });
      expect((await store().getEntity('sam-okafor'))?.degree).toBe(4);
      expect(idList(await store().relationsOf('rita-sol'))).toEqual(['sol-defended-okafor']);
    });

    it('replaces the fields of an entity with a known id, keeping its relations', async () => {
      const renamed = {
        ...fixtureEntity('lena-berg'),
        name: 'Lena Berg-Nilsen',
        aliases: ['L. Berg'],
        description: 'CEO.',
      };
      await store().upsert({ ...EMPTY, entities: [renamed] });
      expect(await store().getEntity('lena-berg')).toEqual({ ...renamed, degree: 1 });
      expect(idList(await store().search('berg-nilsen'))).toEqual(['lena-berg']);
      expect((await store().stats()).entityCount).toBe(13);
    });

    it('moves an entity to its new type', async () => {
      await store().upsert({ ...EMPTY, entities: [{ ...fixtureEntity('pier-seven'), type: 'Landmark' }] });
      expect(idList(await store().search('pier', { types: ['Landmark'] }))).toEqual(['pier-seven']);
      expect(await store().search('pier', { types: ['Place'] })).toEqual([]);
      expect((await store().stats()).entityTypes).toContainEqual({ type: 'Place', count: 1 });
    });

    it('replaces the fields of a relation with a known id', async () => {
      const changed = { ...fixtureRelation('berg-leads-northwind'), role: 'Director-General' };
      await store().upsert({ ...EMPTY, relations: [changed] });
      expect(await store().relationsOf('lena-berg')).toEqual([changed]);
      expect((await store().stats()).relationCount).toBe(15);
    });

    it('accepts a relation between entities already in the store', async () => {
      const link = {
        ...fixtureRelation('hale-interviewed-okafor'),
        id: 'hale-interviewed-berg',
        target: 'lena-berg',
      };
      await store().upsert({ ...EMPTY, relations: [link] });
      expect(idList(await store().relationsOf('lena-berg', { types: ['INTERVIEWED'] }))).toEqual([
        'hale-interviewed-berg',
      ]);
    });

    it('refuses a relation to an entity in neither the batch nor the store, and writes nothing', async () => {
      const batch = newcomerBatch();
      const stray = {
        ...fixtureRelation('hale-interviewed-okafor'),
        id: 'hale-interviewed-ghost',
        target: 'ghost',
      };
      const before = await store().stats();
      await expectInvalidArgument(store().upsert({ ...batch, relations: [...batch.relations, stray] }));
      expect(await store().stats()).toEqual(before);
      expect(await store().getEntity('rita-sol')).toBeNull();
      expect(await store().documents(['union-statement'])).toEqual([]);
    });

    it('refuses an item that breaks the model, and writes nothing', async () => {
      const batch = newcomerBatch();
      const bad = { ...fixtureEntity('tom-hale'), id: 'tom-hale-2', type: 'person' };
      const before = await store().stats();
      await expectInvalidArgument(store().upsert({ ...batch, entities: [...batch.entities, bad] }));
      expect(await store().stats()).toEqual(before);
    });

    it('refuses evidence whose offsets do not span its sentence', async () => {
      const relation = fixtureRelation('hale-works-for-ledger');
      const [first] = relation.evidence;
      if (first === undefined) throw new Error('fixture: hale-works-for-ledger has evidence');
      const skewed = { ...relation, evidence: [{ ...first, end: first.end + 1 }] };
      await expectInvalidArgument(store().upsert({ ...EMPTY, relations: [skewed] }));
    });

    it('keeps entity mentions exactly as written', async () => {
      const entity = await store().getEntity('northwind-tv');
      expect(entity?.mentions).toEqual(fixtureEntity('northwind-tv').mentions);
      expect(entity?.mentions).toHaveLength(4);
    });
  });
}
