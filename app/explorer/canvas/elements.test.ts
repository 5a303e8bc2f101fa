import { describe, expect, it } from 'vitest';
import { nodeSize, planSync, toEdgeElement, toElements, toNodeElement } from './elements';
import { graphFromSubgraph } from '@/app/lib/graph-data';
import type { EntitySummary, RelationView } from '@/app/lib/queries';
import { DEFAULT_ENTITY_STYLE, entityTypeStyle } from '@/app/lib/type-style';

const bukele: EntitySummary = { id: 'nayib-bukele', name: 'Nayib Bukele', type: 'Person', degree: 9 };
const clinton: EntitySummary = { id: 'hillary-clinton', name: 'Hillary Clinton', type: 'Person', degree: 4 };
const replied: RelationView = {
  id: 'bukele-replied-to-clinton',
  type: 'REPLIED_TO',
  statement: null,
  role: null,
  documentIds: [],
  source: bukele,
  target: clinton,
};

describe('elements', () => {
  describe('#nodeSize', () => {
    it('grows with degree', () => {
      expect(nodeSize(9)).toBeGreaterThan(nodeSize(1));
      expect(nodeSize(1)).toBeGreaterThan(nodeSize(0));
    });

    it('stays within bounds for an isolated entity and for a huge hub', () => {
      expect(nodeSize(0)).toBe(26);
      expect(nodeSize(10_000)).toBe(76);
      expect(nodeSize(-3)).toBe(26);
    });
  });

  describe('#toNodeElement', () => {
    it('carries the id, the name as label, the type, degree, size and the type colour', () => {
      const element = toNodeElement(bukele);
      expect(element.group).toBe('nodes');
      expect(element.data).toEqual({
        id: 'nayib-bukele',
        label: 'Nayib Bukele',
        type: 'Person',
        degree: 9,
        size: nodeSize(9),
        color: entityTypeStyle('Person').color,
      });
    });

    it('gives an unknown type the neutral default colour', () => {
      const element = toNodeElement({ ...bukele, type: 'Spaceship' });
      expect(element.data['color']).toBe(DEFAULT_ENTITY_STYLE.color);
    });
  });

  describe('#toEdgeElement', () => {
    it('points from the source to the target and is labelled by the relation type', () => {
      const element = toEdgeElement(replied);
      expect(element.group).toBe('edges');
      expect(element.data).toMatchObject({
        id: 'bukele-replied-to-clinton',
        source: 'nayib-bukele',
        target: 'hillary-clinton',
        label: 'REPLIED_TO',
        type: 'REPLIED_TO',
      });
    });
  });

  describe('#toElements', () => {
    it('lists nodes before edges', () => {
      const graph = graphFromSubgraph({ nodes: [bukele, clinton], edges: [replied], truncated: false });
      const groups = toElements(graph).map((e) => e.group);
      expect(groups).toEqual(['nodes', 'nodes', 'edges']);
    });
  });

  describe('#planSync', () => {
    it('adds only what is not drawn, removes what is gone and refreshes the rest', () => {
      const next = toElements(
        graphFromSubgraph({ nodes: [bukele, clinton], edges: [replied], truncated: false }),
      );
      const plan = planSync(new Set(['nayib-bukele', 'cbs-news']), next);
      expect(plan.add.map((e) => e.data.id)).toEqual(['hillary-clinton', 'bukele-replied-to-clinton']);
      expect(plan.update.map((e) => e.data.id)).toEqual(['nayib-bukele']);
      expect(plan.remove).toEqual(['cbs-news']);
    });

    it('changes nothing when the canvas already draws the graph', () => {
      const next = toElements(graphFromSubgraph({ nodes: [bukele], edges: [], truncated: false }));
      const plan = planSync(new Set(['nayib-bukele']), next);
      expect(plan.add).toEqual([]);
      expect(plan.remove).toEqual([]);
    });
  });
});
