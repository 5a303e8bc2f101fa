import { describe, expect, it } from 'vitest';
import type { ChangeContext, ChangeRecord } from '../audit/change';
import type { Entity, GraphBatch, Relation } from '../model';
import type { StoreGetter } from './context';
import { expectInvalidArgument } from './context';
import { fixtureEntity, fixtureRelation } from './fixture';

const EMPTY: GraphBatch = { documents: [], entities: [], relations: [] };

const byNora = (at: string, files = ['wire.json']): ChangeContext => ({
  actor: 'nora',
  at,
  source: { kind: 'import', files },
});

function entity(id: string, name: string): Entity {
  return { ...fixtureEntity('pier-seven'), id, name, type: 'Person', aliases: [] };
}

function relation(id: string, source: string, target: string, statement: string): Relation {
  return { ...fixtureRelation('hale-interviewed-okafor'), id, source, target, statement };
}

/** The audit trail: GraphStore.upsert with `audit`, and GraphStore.changes. */
export function describeAuditTrail(store: StoreGetter): void {
  describe('audit trail', () => {
    it('records who, when, from where and what an audited write created', async () => {
      const batch = { ...EMPTY, entities: [entity('rita-sol', 'Rita Sol')] };
      await store().upsert(batch, { audit: byNora('2026-03-01T10:00:00.000Z') });
      const [record, ...rest] = await store().changes();
      expect(rest).toEqual([]);
      expect(record).toMatchObject({
        actor: 'nora',
        at: '2026-03-01T10:00:00.000Z',
        source: { kind: 'import', files: ['wire.json'] },
        items: [
          { kind: 'entity', id: 'rita-sol', action: 'created', after: { id: 'rita-sol', name: 'Rita Sol' } },
        ],
      });
      expect(record?.items[0]?.before).toBeUndefined();
    });

    it('records an update with the item before and after, and leaves out items the write did not change', async () => {
      const renamed = { ...fixtureEntity('lena-berg'), name: 'Lena Berg-Nilsen' };
      const same = fixtureEntity('sam-okafor');
      await store().upsert(
        { ...EMPTY, entities: [renamed, same] },
        { audit: byNora('2026-03-01T10:00:00.000Z') },
      );
      const [record] = await store().changes();
      expect(record?.items).toEqual([
        {
          kind: 'entity',
          id: 'lena-berg',
          action: 'updated',
          before: JSON.parse(JSON.stringify(fixtureEntity('lena-berg'))),
          after: JSON.parse(JSON.stringify(renamed)),
        },
      ]);
    });

    it('adds no record for a write that changes nothing, nor for one without `audit`', async () => {
      await store().upsert(
        { ...EMPTY, entities: [fixtureEntity('sam-okafor')] },
        { audit: byNora('2026-03-01T10:00:00.000Z') },
      );
      await store().upsert({ ...EMPTY, entities: [entity('rita-sol', 'Rita Sol')] });
      expect(await store().changes()).toEqual([]);
    });

    it('leaves neither the change nor its record when the write fails', async () => {
      const dangling = {
        ...EMPTY,
        entities: [entity('rita-sol', 'Rita Sol')],
        relations: [relation('r-x', 'rita-sol', 'nobody', 'x')],
      };
      await expectInvalidArgument(store().upsert(dangling, { audit: byNora('2026-03-01T10:00:00.000Z') }));
      expect(await store().getEntity('rita-sol')).toBeNull();
      expect(await store().changes()).toEqual([]);
    });

    it('matches the store after a run of mixed writes: every item’s last recorded state is what the store holds', async () => {
      const writes: Array<[GraphBatch, ChangeContext]> = [
        [
          { ...EMPTY, entities: [entity('a', 'A'), entity('b', 'B')] },
          byNora('2026-03-01T10:00:00.000Z', ['one.json']),
        ],
        [
          { ...EMPTY, relations: [relation('a-b', 'a', 'b', 'A met B.')] },
          { actor: 'omar', at: '2026-03-01T11:00:00.000Z', source: { kind: 'article', draftId: 'd-1' } },
        ],
        [
          { ...EMPTY, entities: [entity('a', 'A prime'), entity('c', 'C')] },
          byNora('2026-03-01T12:00:00.000Z', ['two.csv']),
        ],
        // The same relation id, re-pointed: an update of where it sits.
        [
          { ...EMPTY, relations: [relation('a-b', 'a', 'c', 'A met C.')] },
          byNora('2026-03-01T13:00:00.000Z', ['three.graphml']),
        ],
        [{ ...EMPTY, entities: [entity('b', 'B')] }, byNora('2026-03-01T14:00:00.000Z')],
      ];
      for (const [batch, audit] of writes) await store().upsert(batch, { audit });

      const trail = await store().changes({ order: 'oldest' });
      expect(trail.map((r) => r.at)).toEqual([
        '2026-03-01T10:00:00.000Z',
        '2026-03-01T11:00:00.000Z',
        '2026-03-01T12:00:00.000Z',
        '2026-03-01T13:00:00.000Z',
      ]);
      const lastAfter = new Map<string, unknown>();
      for (const record of trail) {
        for (const item of record.items) {
          const key = `${item.kind}:${item.id}`;
          // Each update starts where the previous record of that item left it.
          if (item.action === 'updated') expect(item.before).toEqual(lastAfter.get(key));
          else expect(lastAfter.has(key)).toBe(false);
          lastAfter.set(key, item.after);
        }
      }
      const all = await store().readAll();
      for (const id of ['a', 'b', 'c']) {
        expect(lastAfter.get(`entity:${id}`)).toEqual(
          JSON.parse(JSON.stringify(all.entities.find((e) => e.id === id))),
        );
      }
      expect(lastAfter.get('relation:a-b')).toEqual(
        JSON.parse(JSON.stringify(all.relations.find((r) => r.id === 'a-b'))),
      );
    });

    describe('#changes', () => {
      async function threeWrites(): Promise<void> {
        await store().upsert(
          { ...EMPTY, entities: [entity('a', 'A')] },
          { audit: byNora('2026-03-01T10:00:00.000Z', ['one.json']) },
        );
        await store().upsert(
          { ...EMPTY, entities: [entity('b', 'B')] },
          {
            audit: {
              actor: 'omar',
              at: '2026-03-02T10:00:00.000Z',
              source: { kind: 'article', draftId: 'd-7', title: 'Harbour' },
            },
          },
        );
        await store().upsert(
          { ...EMPTY, entities: [entity('a', 'A2'), entity('c', 'C')] },
          { audit: byNora('2026-03-03T10:00:00.000Z', ['two.json']) },
        );
      }
      const ats = (records: ChangeRecord[]) => records.map((r) => r.at.slice(0, 10));

      it('lists newest first by default, oldest first when asked, at most `limit`', async () => {
        await threeWrites();
        expect(ats(await store().changes())).toEqual(['2026-03-03', '2026-03-02', '2026-03-01']);
        expect(ats(await store().changes({ order: 'oldest', limit: 2 }))).toEqual([
          '2026-03-01',
          '2026-03-02',
        ]);
      });

      it('filters by person, by source (a file name or a draft id) and by time', async () => {
        await threeWrites();
        expect(ats(await store().changes({ actor: 'nora' }))).toEqual(['2026-03-03', '2026-03-01']);
        expect(ats(await store().changes({ source: 'd-7' }))).toEqual(['2026-03-02']);
        expect(ats(await store().changes({ source: 'two.json' }))).toEqual(['2026-03-03']);
        expect(
          ats(await store().changes({ since: '2026-03-02T00:00:00Z', until: '2026-03-02T23:59:59Z' })),
        ).toEqual(['2026-03-02']);
      });

      it('finds the changes to one item, each listing only that item', async () => {
        await threeWrites();
        const changes = await store().changes({ itemId: 'a', itemKind: 'entity', order: 'oldest' });
        expect(changes.map((r) => r.items.map((i) => `${i.action} ${i.id}`))).toEqual([
          ['created a'],
          ['updated a'],
        ]);
        expect(await store().changes({ itemId: 'a', itemKind: 'relation' })).toEqual([]);
      });

      it('refuses a limit out of range and a bound that is not a date', async () => {
        await expectInvalidArgument(store().changes({ limit: 0 }));
        await expectInvalidArgument(store().changes({ since: 'yesterday' }));
      });

      it('is emptied by clear, with the graph', async () => {
        await threeWrites();
        await store().clear();
        expect(await store().changes()).toEqual([]);
      });
    });
  });
}
