import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Entity, Relation } from '../model';
import { resolveNeighborhood, resolvePath } from '../store-arguments';
import type { EntityGraph } from './graph-state';
import { seededRandom } from './testing/child';
import { neighborhoodOf, shortestPathOf } from './traversal';

/**
 * The traversals' work is bounded by what they reach, not by the size of the graph. Without timing
 * anything, a recording proxy over the graph shows which nodes a call looked at: a big component the
 * seeds cannot reach must never be touched, and no call may iterate over the whole graph.
 */

function entity(id: string, type = 'Person'): Entity {
  return { id, name: id, type, aliases: [], description: null, mentions: [] };
}

function relation(id: string, source: string, target: string, type = 'KNOWS'): Relation {
  return {
    id,
    type,
    source,
    target,
    statement: null,
    role: null,
    evidence: [{ documentId: 'doc', sentence: 'x', start: 0, end: 1 }],
  };
}

/**
 * A small component: a chain a0 - a1 - ... - a5 (a2 is a Place), and a star: hub (an Organization) with
 * spokes s0..s49, each with two leaves of its own (s0 - l0, m0 - s0, ...). And a big component the small
 * one has no relation to: a ring of 5,000 `b` nodes with chords.
 */
function buildGraph(): EntityGraph {
  const graph = new MultiDirectedGraph<Entity, Relation>();
  for (let i = 0; i < 6; i += 1) graph.addNode(`a${i}`, entity(`a${i}`, i === 2 ? 'Place' : 'Person'));
  for (let i = 1; i < 6; i += 1)
    graph.addEdgeWithKey(`ra${i}`, `a${i - 1}`, `a${i}`, relation(`ra${i}`, `a${i - 1}`, `a${i}`));
  graph.addNode('hub', entity('hub', 'Organization'));
  for (let i = 0; i < 50; i += 1) {
    for (const id of [`s${i}`, `l${i}`, `m${i}`]) graph.addNode(id, entity(id));
    graph.addEdgeWithKey(`rs${i}`, 'hub', `s${i}`, relation(`rs${i}`, 'hub', `s${i}`));
    graph.addEdgeWithKey(`rl${i}`, `s${i}`, `l${i}`, relation(`rl${i}`, `s${i}`, `l${i}`));
    graph.addEdgeWithKey(`rm${i}`, `m${i}`, `s${i}`, relation(`rm${i}`, `m${i}`, `s${i}`));
  }
  const ring = 5000;
  for (let i = 0; i < ring; i += 1) graph.addNode(`b${i}`, entity(`b${i}`));
  for (let i = 0; i < ring; i += 1) {
    const next = `b${(i + 1) % ring}`;
    graph.addEdgeWithKey(`rb${i}`, `b${i}`, next, relation(`rb${i}`, `b${i}`, next));
    const chord = `b${(i * 7 + 3) % ring}`;
    graph.addEdgeWithKey(`rc${i}`, `b${i}`, chord, relation(`rc${i}`, `b${i}`, chord));
  }
  return graph;
}

/** EventEmitter methods, whose first argument is an event name, not a node (adjacency.ts listens for changes). */
const EVENTS = /^(on|once|off|addListener|removeListener)$/;

/** Methods that walk the whole graph when called without a node key. */
const WHOLE_GRAPH =
  /^(forEach|map|filter|reduce|find|some|every)(Node|Edge|Neighbor)s?$|^(nodes|edges|neighbors|copy|export|inspect)$/;

interface Recording {
  graph: EntityGraph;
  /** The node keys handed to any method. */
  touched: Set<string>;
  /** Calls that went over the whole graph. */
  wholeGraphCalls: string[];
}

function recording(graph: EntityGraph): Recording {
  const touched = new Set<string>();
  const wholeGraphCalls: string[] = [];
  const proxy = new Proxy(graph, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        const [first] = args;
        if (typeof first === 'string' && !EVENTS.test(property)) touched.add(first);
        else if (WHOLE_GRAPH.test(property)) wholeGraphCalls.push(property);
        if (typeof args[1] === 'string' && property.endsWith('Edges')) touched.add(args[1]);
        return Reflect.apply(value as (...a: unknown[]) => unknown, target, args);
      };
    },
  });
  return { graph: proxy, touched, wholeGraphCalls };
}

const inBigComponent = (ids: Iterable<string>) => [...ids].filter((id) => /^b\d+$/.test(id));

describe('traversal', () => {
  describe('neighborhoodOf', () => {
    it('never touches a component the seeds cannot reach, nor iterates the whole graph', () => {
      const { graph, touched, wholeGraphCalls } = recording(buildGraph());
      const result = neighborhoodOf(graph, ['a0'], resolveNeighborhood({ depth: 3 }));
      expect(result.nodes.map((n) => n.id).sort()).toEqual(['a0', 'a1', 'a2', 'a3']);
      expect(wholeGraphCalls).toEqual([]);
      expect(inBigComponent(touched)).toEqual([]);
      expect([...touched].every((id) => /^(a\d|r)/.test(id))).toBe(true);
    });

    it('stops at the ring where the limit is passed, never looking farther', () => {
      const { graph, touched } = recording(buildGraph());
      const result = neighborhoodOf(graph, ['hub'], resolveNeighborhood({ depth: 2, limit: 20 }));
      expect(result.nodes).toHaveLength(20);
      expect(result.truncated).toBe(true);
      // The 50 spokes are the first ring; their leaves, one hop farther, are never looked at.
      expect([...touched].filter((id) => /^[lm]\d+$/.test(id))).toEqual([]);
    });

    it('does not walk through entities of other types', () => {
      const { graph, touched } = recording(buildGraph());
      const result = neighborhoodOf(
        graph,
        ['a0'],
        resolveNeighborhood({ depth: 3, entityTypes: ['Person'] }),
      );
      expect(result.nodes.map((n) => n.id).sort()).toEqual(['a0', 'a1']);
      expect(touched.has('a3')).toBe(false);
    });
    it('sees a change made to the graph after it was walked (the cached neighbours are dropped)', () => {
      const graph = buildGraph();
      // The hub has enough neighbours for adjacency.ts to keep them, with their degrees.
      const around = (limit?: number) =>
        neighborhoodOf(graph, ['hub'], resolveNeighborhood({ depth: 1, limit })).nodes.map((n) => n.id);
      expect(around()).toHaveLength(51);
      expect(around(2)).toEqual(['hub', 's0']);
      graph.addEdgeWithKey('new', 'hub', 'a1', relation('new', 'hub', 'a1'));
      expect(around()).toContain('a1');
      // s7's degree goes up from 3 to 5: with room for one neighbour, it now ranks first.
      graph.addEdgeWithKey('new2', 's7', 'a0', relation('new2', 's7', 'a0'));
      graph.addEdgeWithKey('new3', 'a3', 's7', relation('new3', 'a3', 's7'));
      expect(around(2)).toEqual(['hub', 's7']);
      graph.dropEdge('rs0');
      expect(around()).not.toContain('s0');
      graph.dropNode('s1');
      expect(around()).toHaveLength(50);
      expect(shortestPathOf(graph, 'a5', 's2', resolvePath({}))?.nodes.map((n) => n.id)).toEqual([
        'a5',
        'a4',
        'a3',
        's7',
        'hub',
        's2',
      ]);
    });
  });

  describe('shortestPathOf', () => {
    it('never touches a component the ends cannot reach, nor iterates the whole graph', () => {
      const { graph, touched, wholeGraphCalls } = recording(buildGraph());
      const path = shortestPathOf(graph, 'a0', 'a5', resolvePath({}));
      expect(path?.nodes.map((n) => n.id)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5']);
      expect(path?.edges.map((e) => e.id)).toEqual(['ra1', 'ra2', 'ra3', 'ra4', 'ra5']);
      expect(wholeGraphCalls).toEqual([]);
      expect(inBigComponent(touched)).toEqual([]);
    });

    it('gives up within maxDepth hops without searching the unreachable rest', () => {
      const { graph, touched, wholeGraphCalls } = recording(buildGraph());
      expect(shortestPathOf(graph, 'a0', 'b0', resolvePath({ maxDepth: 10 }))).toBeNull();
      expect(wholeGraphCalls).toEqual([]);
      // The a-chain is exhausted at once, so the b side never grows past its first step.
      expect(inBigComponent(touched).length).toBeLessThan(10);
    });

    it('walks only through the entity types asked for, the ends whatever their type', () => {
      const graph = buildGraph();
      expect(shortestPathOf(graph, 'a0', 'a5', resolvePath({ entityTypes: ['Person'] }))).toBeNull();
      expect(shortestPathOf(graph, 'a1', 'a3', resolvePath({ entityTypes: ['Organization'] }))).toBeNull();
      expect(
        shortestPathOf(graph, 'a1', 'a2', resolvePath({ entityTypes: ['Organization'] }))?.nodes.map(
          (n) => n.id,
        ),
      ).toEqual(['a1', 'a2']);
    });
  });
});

/**
 * A small random multigraph (parallel relations, self-relations, three entity and relation types) and a
 * reference answer computed the plain way: the whole allowed graph, one BFS, one sort. The traversals must
 * give the same answers, whatever the filters and limits.
 */
const ENTITY_TYPES = ['Person', 'Organization', 'Place'];
const RELATION_TYPES = ['KNOWS', 'FUNDS', 'OWNS'];

function randomGraph(random: () => number): EntityGraph {
  const graph = new MultiDirectedGraph<Entity, Relation>();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const nodes = Array.from({ length: 40 }, (_, i) => `n${i}`);
  for (const id of nodes) graph.addNode(id, entity(id, pick(ENTITY_TYPES)));
  for (let i = 0; i < 70; i += 1) {
    const [source, target] = [pick(nodes), random() < 0.05 ? undefined : pick(nodes)];
    const id = `r${i}`;
    graph.addEdgeWithKey(
      id,
      source,
      target ?? source,
      relation(id, source, target ?? source, pick(RELATION_TYPES)),
    );
  }
  return graph;
}

function allowedSteps(
  graph: EntityGraph,
  relationTypes?: string[],
  entityTypes?: string[],
  keep: string[] = [],
) {
  const steps = new Map<string, Set<string>>();
  const enter = (id: string) =>
    entityTypes === undefined ||
    entityTypes.includes(graph.getNodeAttribute(id, 'type')) ||
    keep.includes(id);
  graph.forEachEdge((_edge, r, source, target) => {
    if (source === target || (relationTypes !== undefined && !relationTypes.includes(r.type))) return;
    if (!enter(source) || !enter(target)) return;
    steps.set(source, (steps.get(source) ?? new Set()).add(target));
    steps.set(target, (steps.get(target) ?? new Set()).add(source));
  });
  return steps;
}

function distancesFrom(
  steps: Map<string, Set<string>>,
  starts: string[],
  maxHops: number,
): Map<string, number> {
  const distance = new Map(starts.map((s) => [s, 0]));
  let ring = starts;
  for (let hop = 1; hop <= maxHops; hop += 1) {
    ring = ring.flatMap((node) =>
      [...(steps.get(node) ?? [])].filter((n) => !distance.has(n) && distance.set(n, hop)),
    );
  }
  return distance;
}

describe('traversal against a plain reference', () => {
  it('gives the same neighbourhoods and shortest path lengths on random graphs', () => {
    const random = seededRandom(5);
    const maybe = <T>(list: T[]) => (random() < 0.5 ? undefined : list.filter(() => random() < 0.6));
    for (let round = 0; round < 150; round += 1) {
      const graph = randomGraph(random);
      const seeds = [...new Set([`n${Math.floor(random() * 40)}`, `n${Math.floor(random() * 40)}`])].slice(
        0,
        1 + Math.floor(random() * 2),
      );
      const options = resolveNeighborhood({
        depth: 1 + Math.floor(random() * 3),
        limit: 1 + Math.floor(random() * 25),
        relationTypes: maybe(RELATION_TYPES),
        entityTypes: maybe(ENTITY_TYPES),
      });
      const steps = allowedSteps(graph, options.relationTypes, options.entityTypes, seeds);
      const distance = distancesFrom(steps, seeds, options.depth);
      const degree = (id: string) => graph.edges(id).length;
      const ranked = [...distance.keys()].sort(
        (a, b) =>
          (distance.get(a) ?? 0) - (distance.get(b) ?? 0) ||
          degree(b) - degree(a) ||
          (a < b ? -1 : a > b ? 1 : 0),
      );
      const kept = new Set(ranked.slice(0, options.limit));
      const expectedEdges = graph
        .filterEdges(
          (_e, r, s, t) => kept.has(s) && kept.has(t) && (options.relationTypes?.includes(r.type) ?? true),
        )
        .sort();

      const result = neighborhoodOf(graph, seeds, options);
      expect(result.nodes.map((n) => n.id)).toEqual([...kept]);
      expect(result.edges.map((e) => e.id)).toEqual(expectedEdges);
      expect(result.truncated).toBe(ranked.length > kept.size);

      const [from, to] = [`n${Math.floor(random() * 40)}`, `n${Math.floor(random() * 40)}`];
      const pathOptions = resolvePath({
        maxDepth: 1 + Math.floor(random() * 6),
        relationTypes: options.relationTypes,
        entityTypes: options.entityTypes,
      });
      const pathSteps = allowedSteps(graph, pathOptions.relationTypes, pathOptions.entityTypes, [from, to]);
      const hops = distancesFrom(pathSteps, [from], pathOptions.maxDepth).get(to);
      const path = shortestPathOf(graph, from, to, pathOptions);
      if (hops === undefined) {
        expect(path).toBeNull();
        continue;
      }
      expect(path?.nodes).toHaveLength(hops + 1);
      const ids = path?.nodes.map((n) => n.id) ?? [];
      expect([ids[0], ids.at(-1)]).toEqual([from, to]);
      for (const [i, edge] of (path?.edges ?? []).entries()) {
        expect([edge.source, edge.target].sort()).toEqual([ids[i], ids[i + 1]].sort());
        expect(pathSteps.get(ids[i] ?? '')?.has(ids[i + 1] ?? '')).toBe(true);
      }
    }
  });
});
