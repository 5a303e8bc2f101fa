import { describe, expect, it } from 'vitest';
import {
  EMPTY_GRAPH,
  entityTypeCounts,
  graphFromSubgraph,
  growth,
  mergeSubgraph,
  relationTypeCounts,
} from './graph-data';
import type { EntitySummary, RelationView } from './queries';

const entity = (id: string, type = 'Person', degree = 1): EntitySummary => ({ id, name: id, type, degree });
const relation = (id: string, type: string, source: EntitySummary, target: EntitySummary): RelationView => ({
  id,
  type,
  statement: null,
  role: null,
  documentIds: [],
  source,
  target,
});

const bukele = entity('nayib-bukele', 'Person', 3);
const clinton = entity('hillary-clinton');
const elSalvador = entity('el-salvador', 'Country');
const cecot = entity('cecot', 'Prison');

describe('CanvasGraph', () => {
  describe('#graphFromSubgraph', () => {
    it('holds exactly the subgraph’s entities and relations', () => {
      const graph = graphFromSubgraph({
        nodes: [bukele, clinton],
        edges: [relation('r1', 'REPLIED_TO', bukele, clinton)],
        truncated: true,
      });
      expect([...graph.nodes.keys()]).toEqual(['nayib-bukele', 'hillary-clinton']);
      expect([...graph.edges.keys()]).toEqual(['r1']);
      expect(graph.truncated).toBe(true);
    });

    it('leaves out a relation whose end is not in the subgraph', () => {
      const graph = graphFromSubgraph({
        nodes: [bukele],
        edges: [relation('r1', 'REPLIED_TO', bukele, clinton)],
        truncated: false,
      });
      expect(graph.edges.size).toBe(0);
    });
  });

  describe('#mergeSubgraph', () => {
    it('adds new entities and relations and keeps those already drawn', () => {
      const before = graphFromSubgraph({ nodes: [bukele, clinton], edges: [], truncated: false });
      const after = mergeSubgraph(before, {
        nodes: [bukele, elSalvador],
        edges: [relation('r2', 'LEADS', bukele, elSalvador)],
        truncated: false,
      });
      expect([...after.nodes.keys()].sort()).toEqual(['el-salvador', 'hillary-clinton', 'nayib-bukele']);
      expect([...after.edges.keys()]).toEqual(['r2']);
      expect(growth(before, after)).toEqual({ nodes: 1, edges: 1 });
    });

    it('keeps a relation whose ends are split between the canvas and the new subgraph', () => {
      const before = graphFromSubgraph({ nodes: [cecot], edges: [], truncated: false });
      const after = mergeSubgraph(before, {
        nodes: [elSalvador],
        edges: [relation('r3', 'LOCATED_IN', cecot, elSalvador)],
        truncated: false,
      });
      expect(after.edges.has('r3')).toBe(true);
    });

    it('refreshes the degree of an entity already drawn', () => {
      const before = graphFromSubgraph({ nodes: [bukele], edges: [], truncated: false });
      const after = mergeSubgraph(before, {
        nodes: [{ ...bukele, degree: 12 }],
        edges: [],
        truncated: false,
      });
      expect(after.nodes.get('nayib-bukele')?.degree).toBe(12);
    });

    it('does not change the graph it was given', () => {
      const before = graphFromSubgraph({ nodes: [bukele], edges: [], truncated: false });
      mergeSubgraph(before, { nodes: [clinton], edges: [], truncated: false });
      expect(before.nodes.size).toBe(1);
      expect(EMPTY_GRAPH.nodes.size).toBe(0);
    });
  });

  describe('#entityTypeCounts', () => {
    it('counts entity types, most common first, then by name', () => {
      const graph = graphFromSubgraph({
        nodes: [cecot, bukele, elSalvador, clinton],
        edges: [],
        truncated: false,
      });
      expect(entityTypeCounts(graph)).toEqual([
        { type: 'Person', count: 2 },
        { type: 'Country', count: 1 },
        { type: 'Prison', count: 1 },
      ]);
    });
  });

  describe('#relationTypeCounts', () => {
    it('counts relation types on the canvas', () => {
      const graph = graphFromSubgraph({
        nodes: [bukele, clinton, elSalvador],
        edges: [
          relation('r1', 'SAID', bukele, clinton),
          relation('r2', 'SAID', clinton, bukele),
          relation('r3', 'LEADS', bukele, elSalvador),
        ],
        truncated: false,
      });
      expect(relationTypeCounts(graph)).toEqual([
        { type: 'SAID', count: 2 },
        { type: 'LEADS', count: 1 },
      ]);
    });
  });
});
