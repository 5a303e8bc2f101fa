import { describe, expect, it } from 'vitest';
import type { StoreGetter } from './context';
import { expectInvalidArgument, expectNotFound, idSet } from './context';

/** subgraph and overview. */
export function describeSubgraphs(store: StoreGetter): void {
  describe('#subgraph', () => {
    it('returns the entities asked for and only the relations between two of them', async () => {
      const result = await store().subgraph(['ana-ruiz', 'late-hour', 'northwind-tv']);
      expect(idSet(result.nodes)).toEqual(['ana-ruiz', 'late-hour', 'northwind-tv']);
      // Both parallel relations are in; ruiz-leads-ministry, with one end outside, is not.
      expect(idSet(result.edges)).toEqual([
        'northwind-aired-late-hour',
        'northwind-pulled-late-hour',
        'ruiz-criticized-late-hour',
      ]);
      expect(result.truncated).toBe(false);
    });

    it('returns unconnected entities with no edges', async () => {
      const result = await store().subgraph(['pier-seven', 'lena-berg']);
      expect(idSet(result.nodes)).toEqual(['lena-berg', 'pier-seven']);
      expect(result.edges).toEqual([]);
    });

    it('returns nodes with their degree in the whole graph', async () => {
      const result = await store().subgraph(['northwind-tv']);
      expect(result.nodes[0]?.degree).toBe(6);
    });

    it('throws NotFoundError naming the unknown ids', async () => {
      await expectNotFound(store().subgraph(['ana-ruiz', 'nobody']), ['nobody']);
    });

    it('refuses an empty list', async () => {
      await expectInvalidArgument(store().subgraph([]));
    });

    it('lists no missing ids when every id names an entity', async () => {
      expect((await store().subgraph(['ana-ruiz'])).missing).toEqual([]);
      expect((await store().subgraph(['ana-ruiz'], { skipMissing: true })).missing).toEqual([]);
    });

    it('with skipMissing, leaves unknown ids out and lists them in the order asked', async () => {
      const result = await store().subgraph(['nobody', 'ana-ruiz', 'late-hour', 'gone-too', 'northwind-tv'], {
        skipMissing: true,
      });
      expect(result.nodes.map((n) => n.id)).toEqual(['ana-ruiz', 'late-hour', 'northwind-tv']);
      expect(idSet(result.edges)).toEqual([
        'northwind-aired-late-hour',
        'northwind-pulled-late-hour',
        'ruiz-criticized-late-hour',
      ]);
      expect(result.missing).toEqual(['nobody', 'gone-too']);
    });

    it('with skipMissing, answers an empty subgraph when no id names an entity', async () => {
      const result = await store().subgraph(['nobody'], { skipMissing: true });
      expect(result).toEqual({ nodes: [], edges: [], truncated: false, missing: ['nobody'] });
    });
  });

  describe('#overview', () => {
    it('returns the entities with the highest degree and the relations among them', async () => {
      const result = await store().overview(3);
      expect(idSet(result.nodes)).toEqual(['late-hour', 'northwind-tv', 'sam-okafor']);
      expect(idSet(result.edges)).toEqual([
        'northwind-aired-late-hour',
        'northwind-pulled-late-hour',
        'okafor-presented-late-hour',
      ]);
    });

    it('breaks ties in degree by name', async () => {
      // After the top three, six entities have degree 2; "Ana Ruiz" and "Coastline Media" come first by name.
      const result = await store().overview(5);
      expect(idSet(result.nodes)).toEqual([
        'ana-ruiz',
        'coastline-media',
        'late-hour',
        'northwind-tv',
        'sam-okafor',
      ]);
    });

    it('marks the result truncated when entities were left out', async () => {
      expect((await store().overview(3)).truncated).toBe(true);
      expect((await store().overview(13)).truncated).toBe(false);
    });

    it('shows the whole small graph by default', async () => {
      const result = await store().overview();
      expect(result.nodes).toHaveLength(13);
      expect(result.edges).toHaveLength(15);
    });

    it('refuses a limit out of range', async () => {
      await expectInvalidArgument(store().overview(0));
    });
  });
}
