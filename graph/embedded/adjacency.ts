import type { EntityGraph } from './graph-state';
import { degreeOf } from './graph-state';

/**
 * A node's neighbours as arrays, built on first use and kept with the graph. graphology keeps a node's
 * relations in plain objects keyed by the entity at the other end: listing a hub's thousands of neighbours
 * walks two such objects with for…in (a hash look-up per key, one more to drop the neighbours reached both
 * ways), and ranking them asks for each one's degree (two more). That was over half of a hub's expansion and
 * of a shortest path. From an array, the same walk costs nothing per neighbour, and the degrees come along.
 *
 * A published graph never changes (graph-state.ts), so what is cached stays true; should a graph change
 * anyway, graphology's own events empty its cache. The cache lives and dies with its graph (a write builds
 * a new one), and holds at most every node's neighbours once: about as many ids as twice the relations,
 * pointers to strings the graph already holds.
 */
export interface Neighbours {
  /** The distinct entities one relation away, either way, the node itself left out; graphology's order. */
  readonly ids: readonly string[];
  /** The degree (degreeOf) of each, at the same positions. */
  readonly degrees: Int32Array;
}

const caches = new WeakMap<EntityGraph, Map<string, Neighbours>>();

/** Graph changes that change someone's neighbours or degree. */
const CHANGES = ['edgeAdded', 'edgeDropped', 'nodeDropped', 'cleared', 'edgesCleared'] as const;

/** The neighbours of `node`, which exists in `graph`. */
export function neighboursOf(graph: EntityGraph, node: string): Neighbours {
  let cache = caches.get(graph);
  if (cache === undefined) {
    const created = new Map<string, Neighbours>();
    for (const change of CHANGES) graph.on(change, () => created.clear());
    caches.set(graph, created);
    cache = created;
  }
  let found = cache.get(node);
  if (found === undefined) {
    found = listNeighbours(graph, node);
    cache.set(node, found);
  }
  return found;
}

function listNeighbours(graph: EntityGraph, node: string): Neighbours {
  const ids: string[] = [];
  graph.forEachNeighbor(node, (neighbour) => {
    if (neighbour !== node) ids.push(neighbour);
  });
  const degrees = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i += 1) degrees[i] = degreeOf(graph, ids[i] ?? '');
  return { ids, degrees };
}
