import { describe, expect, it } from 'vitest';
import type { StoreGetter } from './context';
import { expectInvalidArgument, expectNotFound, idList } from './context';

/** shortestPath. */
export function describeShortestPath(store: StoreGetter): void {
  describe('#shortestPath', () => {
    it('returns nodes and edges in path order, following relations against their direction too', async () => {
      // ana-ruiz → late-hour ← sam-okafor ← tom-hale → daily-ledger: four hops, the only shortest way.
      const path = await store().shortestPath('ana-ruiz', 'daily-ledger');
      expect(idList(path?.nodes ?? [])).toEqual([
        'ana-ruiz',
        'late-hour',
        'sam-okafor',
        'tom-hale',
        'daily-ledger',
      ]);
      expect(idList(path?.edges ?? [])).toEqual([
        'ruiz-criticized-late-hour',
        'okafor-presented-late-hour',
        'hale-interviewed-okafor',
        'hale-works-for-ledger',
      ]);
      expect(path?.truncated).toBe(false);
    });

    it('returns nodes with their degree', async () => {
      const path = await store().shortestPath('ana-ruiz', 'daily-ledger');
      expect(path?.nodes.map((n) => n.degree)).toEqual([2, 4, 3, 2, 2]);
    });

    it('returns null when the path is longer than maxDepth', async () => {
      expect(await store().shortestPath('ana-ruiz', 'daily-ledger', { maxDepth: 3 })).toBeNull();
      expect(await store().shortestPath('ana-ruiz', 'daily-ledger', { maxDepth: 4 })).not.toBeNull();
    });

    it('returns null when the entities are not connected at all', async () => {
      expect(await store().shortestPath('ana-ruiz', 'pier-seven')).toBeNull();
    });

    it('follows only the relation types asked for', async () => {
      // Without CRITICIZED the direct hop is gone; the way round is LEADS, FUNDS, AIRED.
      const path = await store().shortestPath('ana-ruiz', 'late-hour', {
        relationTypes: ['LEADS', 'FUNDS', 'AIRED'],
      });
      expect(idList(path?.nodes ?? [])).toEqual([
        'ana-ruiz',
        'ministry-of-culture',
        'northwind-tv',
        'late-hour',
      ]);
      expect(idList(path?.edges ?? [])).toEqual([
        'ruiz-leads-ministry',
        'ministry-funds-northwind',
        'northwind-aired-late-hour',
      ]);
    });

    it('returns null when the allowed relation types do not connect the ends', async () => {
      expect(await store().shortestPath('ana-ruiz', 'late-hour', { relationTypes: ['OWNS'] })).toBeNull();
    });

    it('walks only through the entity types asked for, taking the way round when it must', async () => {
      // The direct way, sam-okafor ← tom-hale → daily-ledger, goes through a Person; the way through
      // organisations only is a hop longer.
      const path = await store().shortestPath('sam-okafor', 'daily-ledger', {
        entityTypes: ['Organization'],
      });
      expect(idList(path?.nodes ?? [])).toEqual([
        'sam-okafor',
        'southharbor-radio',
        'coastline-media',
        'daily-ledger',
      ]);
      expect(idList(path?.edges ?? [])).toEqual([
        'radio-reported-on-okafor',
        'coastline-owns-radio',
        'coastline-owns-ledger',
      ]);
    });

    it('always allows the two ends, whatever their type', async () => {
      // ana-ruiz is a Person and late-hour a Work, neither of them asked for: the direct hop still counts.
      const path = await store().shortestPath('ana-ruiz', 'late-hour', { entityTypes: ['Place'] });
      expect(idList(path?.nodes ?? [])).toEqual(['ana-ruiz', 'late-hour']);
      expect(idList(path?.edges ?? [])).toEqual(['ruiz-criticized-late-hour']);
    });

    it('returns null when the allowed entity types do not connect the ends', async () => {
      // Every way from ana-ruiz to sam-okafor passes through late-hour, a Work.
      const options = { entityTypes: ['Person', 'Organization', 'Place'] };
      expect(await store().shortestPath('ana-ruiz', 'sam-okafor', options)).toBeNull();
      expect(
        idList(
          (await store().shortestPath('ana-ruiz', 'sam-okafor', { entityTypes: ['Work'] }))?.nodes ?? [],
        ),
      ).toEqual(['ana-ruiz', 'late-hour', 'sam-okafor']);
    });

    it('combines entity and relation type filters', async () => {
      // Through organisations, but without OWNS, sam-okafor cannot reach daily-ledger.
      const options = { entityTypes: ['Organization'], relationTypes: ['REPORTED_ON', 'WORKS_FOR'] };
      expect(await store().shortestPath('sam-okafor', 'daily-ledger', options)).toBeNull();
    });

    it('picks one of parallel relations for a hop', async () => {
      const path = await store().shortestPath('late-hour', 'northwind-tv');
      expect(idList(path?.nodes ?? [])).toEqual(['late-hour', 'northwind-tv']);
      expect(path?.edges).toHaveLength(1);
      expect(['northwind-aired-late-hour', 'northwind-pulled-late-hour']).toContain(path?.edges[0]?.id);
    });

    it('returns the single node and no edges from an entity to itself', async () => {
      const path = await store().shortestPath('pier-seven', 'pier-seven');
      expect(idList(path?.nodes ?? [])).toEqual(['pier-seven']);
      expect(path?.edges).toEqual([]);
    });

    it('throws NotFoundError naming the unknown ends', async () => {
      await expectNotFound(store().shortestPath('nobody', 'ana-ruiz'), ['nobody']);
      await expectNotFound(store().shortestPath('ana-ruiz', 'no-one'), ['no-one']);
    });

    it('refuses a maxDepth out of range', async () => {
      await expectInvalidArgument(store().shortestPath('ana-ruiz', 'late-hour', { maxDepth: 0 }));
      await expectInvalidArgument(store().shortestPath('ana-ruiz', 'late-hour', { maxDepth: 11 }));
    });

    it('refuses badly formed type names', async () => {
      await expectInvalidArgument(
        store().shortestPath('ana-ruiz', 'late-hour', { relationTypes: ['leads'] }),
      );
      await expectInvalidArgument(store().shortestPath('ana-ruiz', 'late-hour', { entityTypes: ['place'] }));
      await expectInvalidArgument(
        store().shortestPath('ana-ruiz', 'late-hour', { entityTypes: ['Person`}) RETURN 1 //'] }),
      );
    });
  });
}
