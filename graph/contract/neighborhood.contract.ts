import { describe, expect, it } from 'vitest';
import type { StoreGetter } from './context';
import { expectInvalidArgument, expectNotFound, idSet } from './context';

/** neighborhood. Node and edge order is left open by the port, so results are compared as sets. */
export function describeNeighborhood(store: StoreGetter): void {
  describe('#neighborhood', () => {
    it('returns the seed and its direct neighbours at depth 1, following relations both ways', async () => {
      const result = await store().neighborhood(['ana-ruiz']);
      expect(idSet(result.nodes)).toEqual(['ana-ruiz', 'late-hour', 'ministry-of-culture']);
      expect(idSet(result.edges)).toEqual(['ruiz-criticized-late-hour', 'ruiz-leads-ministry']);
      expect(result.truncated).toBe(false);
    });

    it('reaches two hops at depth 2', async () => {
      const result = await store().neighborhood(['ana-ruiz'], { depth: 2 });
      expect(idSet(result.nodes)).toEqual([
        'ana-ruiz',
        'late-hour',
        'ministry-of-culture',
        'northwind-tv',
        'sam-okafor',
      ]);
      expect(idSet(result.edges)).toEqual([
        'ministry-funds-northwind',
        'northwind-aired-late-hour',
        'northwind-pulled-late-hour',
        'okafor-presented-late-hour',
        'ruiz-criticized-late-hour',
        'ruiz-leads-ministry',
      ]);
    });

    it('reaches three hops at depth 3, and no further', async () => {
      const result = await store().neighborhood(['ana-ruiz'], { depth: 3 });
      expect(idSet(result.nodes)).toEqual([
        'ana-ruiz',
        'harbor-action',
        'harbor-city',
        'late-hour',
        'lena-berg',
        'ministry-of-culture',
        'northwind-tv',
        'sam-okafor',
        'southharbor-radio',
        'tom-hale',
      ]);
      // hale-works-for-ledger and the OWNS relations lead to nodes four hops away: left out.
      expect(idSet(result.edges)).toEqual([
        'action-based-in-harbor-city',
        'action-criticized-northwind',
        'berg-leads-northwind',
        'hale-interviewed-okafor',
        'ministry-funds-northwind',
        'northwind-aired-late-hour',
        'northwind-based-in-harbor-city',
        'northwind-pulled-late-hour',
        'okafor-presented-late-hour',
        'radio-reported-on-okafor',
        'ruiz-criticized-late-hour',
        'ruiz-leads-ministry',
      ]);
    });

    it('returns every relation among the returned nodes, also between two nodes at the same distance', async () => {
      const result = await store().neighborhood(['northwind-tv']);
      expect(idSet(result.edges)).toEqual([
        'action-based-in-harbor-city', // both ends are neighbours of the seed
        'action-criticized-northwind',
        'berg-leads-northwind',
        'ministry-funds-northwind',
        'northwind-aired-late-hour',
        'northwind-based-in-harbor-city',
        'northwind-pulled-late-hour',
      ]);
    });

    it('follows only the relation types asked for, and returns only those', async () => {
      const result = await store().neighborhood(['ana-ruiz'], {
        depth: 2,
        relationTypes: ['LEADS', 'FUNDS'],
      });
      expect(idSet(result.nodes)).toEqual(['ana-ruiz', 'ministry-of-culture', 'northwind-tv']);
      expect(idSet(result.edges)).toEqual(['ministry-funds-northwind', 'ruiz-leads-ministry']);
    });

    it('leaves out relations of other types even between returned nodes', async () => {
      const result = await store().neighborhood(['northwind-tv'], {
        relationTypes: ['AIRED', 'BASED_IN', 'CRITICIZED'],
      });
      expect(idSet(result.nodes)).toEqual(['harbor-action', 'harbor-city', 'late-hour', 'northwind-tv']);
      // northwind-pulled-late-hour joins two returned nodes, but PULLED was not asked for.
      expect(idSet(result.edges)).toEqual([
        'action-based-in-harbor-city',
        'action-criticized-northwind',
        'northwind-aired-late-hour',
        'northwind-based-in-harbor-city',
      ]);
    });

    it('includes and walks through only the entity types asked for', async () => {
      const result = await store().neighborhood(['ana-ruiz'], {
        depth: 2,
        entityTypes: ['Organization', 'Work'],
      });
      expect(idSet(result.nodes)).toEqual(['ana-ruiz', 'late-hour', 'ministry-of-culture', 'northwind-tv']);
      expect(idSet(result.edges)).toEqual([
        'ministry-funds-northwind',
        'northwind-aired-late-hour',
        'northwind-pulled-late-hour',
        'ruiz-criticized-late-hour',
        'ruiz-leads-ministry',
      ]);
    });

    it('always keeps the seeds, whatever their type', async () => {
      // Places are three hops away, but only through entities of other types.
      const result = await store().neighborhood(['ana-ruiz'], { depth: 3, entityTypes: ['Place'] });
      expect(idSet(result.nodes)).toEqual(['ana-ruiz']);
      expect(result.edges).toEqual([]);
    });

    it('grows from every seed when given several', async () => {
      const result = await store().neighborhood(['lena-berg', 'coastline-media']);
      expect(idSet(result.nodes)).toEqual([
        'coastline-media',
        'daily-ledger',
        'lena-berg',
        'northwind-tv',
        'southharbor-radio',
      ]);
      expect(idSet(result.edges)).toEqual([
        'berg-leads-northwind',
        'coastline-owns-ledger',
        'coastline-owns-radio',
      ]);
    });

    it('keeps nearer nodes first and marks the result truncated when the limit cuts it', async () => {
      const result = await store().neighborhood(['ana-ruiz'], { depth: 2, limit: 3 });
      expect(idSet(result.nodes)).toEqual(['ana-ruiz', 'late-hour', 'ministry-of-culture']);
      expect(idSet(result.edges)).toEqual(['ruiz-criticized-late-hour', 'ruiz-leads-ministry']);
      expect(result.truncated).toBe(true);
    });

    it('cuts within the farthest ring when the limit falls there', async () => {
      const result = await store().neighborhood(['northwind-tv'], { limit: 3 });
      const neighbours = ['harbor-action', 'harbor-city', 'late-hour', 'lena-berg', 'ministry-of-culture'];
      expect(result.nodes).toHaveLength(3);
      expect(result.nodes.map((n) => n.id)).toContain('northwind-tv');
      for (const node of result.nodes.filter((n) => n.id !== 'northwind-tv'))
        expect(neighbours).toContain(node.id);
      expect(result.truncated).toBe(true);
    });

    it('does not mark the result truncated when the limit is exactly met', async () => {
      const result = await store().neighborhood(['ana-ruiz'], { depth: 2, limit: 5 });
      expect(result.nodes).toHaveLength(5);
      expect(result.truncated).toBe(false);
    });

    it('returns nodes with their degree', async () => {
      const result = await store().neighborhood(['lena-berg']);
      expect(result.nodes.find((n) => n.id === 'northwind-tv')?.degree).toBe(6);
    });

    it('throws NotFoundError naming the unknown seeds', async () => {
      await expectNotFound(store().neighborhood(['ana-ruiz', 'nobody', 'no-one']), ['nobody', 'no-one']);
    });

    it('refuses a depth of 0 or over 3', async () => {
      await expectInvalidArgument(store().neighborhood(['ana-ruiz'], { depth: 0 }));
      await expectInvalidArgument(store().neighborhood(['ana-ruiz'], { depth: 4 }));
    });

    it('refuses an empty list of seeds', async () => {
      await expectInvalidArgument(store().neighborhood([]));
    });

    it('refuses badly formed type names', async () => {
      await expectInvalidArgument(store().neighborhood(['ana-ruiz'], { relationTypes: ['leads'] }));
      await expectInvalidArgument(store().neighborhood(['ana-ruiz'], { entityTypes: ['place'] }));
    });
  });
}
