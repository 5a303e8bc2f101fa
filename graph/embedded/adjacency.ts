import type { Relation } from '../model';
import type { EntityGraph } from './graph-state';
import { compareStrings, copyRelation, degreeOf } from './graph-state';

/**
 * A node's neighbours as arrays, built on first use and kept with the graph. graphology keeps a node's
 * relations in plain objects keyed by the entity at the other end: listing a hub's thousands of neighbours
 * walks two such objects with for…in (a hash look-up per key, one more to drop the neighbours reached both
 * ways), and ranking them asks for each one's degree (two more). That was over half of a hub's expansion and
 * of a shortest path. From an array, the same walk costs nothing per neighbour, and the degrees come along.
 *
 * A published graph never changes (graph-state.ts), so what is cached stays true; should a graph change
 * anyway, graphology's own events empty its cache. The cache lives and dies with its graph (a write builds
 * a new one), and holds the neighbours of the well-connected nodes only (CACHED_FROM): pointers to strings
 * the graph already holds, a number for each when degrees were asked for, and a set for the hubs.
 */
interface Neighbours {
  /** The distinct entities one relation away, either way, the node itself left out; graphology's order. */
  readonly ids: readonly string[];
  /** The degree (degreeOf) of each, at the same positions, once asked for. */
  degrees?: Int32Array;
  /** The same ids as a set, once asked for (only of nodes with more neighbours than ids to test). */
  set?: ReadonlySet<string>;
  /** Does a relation join the node to itself? */
  readonly selfRelated: boolean;
}

const caches = new WeakMap<EntityGraph, Map<string, Neighbours>>();

/**
 * Only nodes with at least this many neighbours are kept: listing a few is cheap (graphology keeps small
 * objects in fast mode), and on 100k entities / 500k relations keeping every node cost about 55 MB of heap
 * against about 10 MB for the 12k nodes at or above 16 (which hold 45% of the neighbour ids).
 */
const CACHED_FROM = 16;

/** Graph changes that change someone's neighbours or degree. */
const CHANGES = ['edgeAdded', 'edgeDropped', 'nodeDropped', 'cleared', 'edgesCleared'] as const;

function cached(graph: EntityGraph, node: string): Neighbours {
  let cache = caches.get(graph);
  if (cache === undefined) {
    const created = new Map<string, Neighbours>();
    for (const change of CHANGES) graph.on(change, () => created.clear());
    caches.set(graph, created);
    cache = created;
  }
  const found = cache.get(node);
  if (found !== undefined) return found;
  const ids: string[] = [];
  let selfRelated = false;
  graph.forEachNeighbor(node, (neighbour) => {
    if (neighbour === node) selfRelated = true;
    else ids.push(neighbour);
  });
  const built = { ids, selfRelated };
  if (ids.length >= CACHED_FROM) cache.set(node, built);
  return built;
}

/** The distinct neighbours of `node` (which exists), either way, itself left out, in graphology's order. */
export function neighbourIds(graph: EntityGraph, node: string): readonly string[] {
  return cached(graph, node).ids;
}

/** neighbourIds(graph, node) and the degree of each, at the same positions. */
export function neighboursWithDegrees(
  graph: EntityGraph,
  node: string,
): { ids: readonly string[]; degrees: Int32Array } {
  const entry = cached(graph, node);
  let degrees = entry.degrees;
  if (degrees === undefined) {
    const { ids } = entry;
    degrees = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i += 1) degrees[i] = degreeOf(graph, ids[i] ?? '');
    entry.degrees = degrees;
  }
  return { ids: entry.ids, degrees };
}

/** neighbourIds(graph, node) as a set. */
function neighbourSet(graph: EntityGraph, node: string): ReadonlySet<string> {
  const entry = cached(graph, node);
  entry.set ??= new Set(entry.ids);
  return entry.set;
}

/**
 * Every relation whose two ends are both in `ids` (and whose type passes `types`, when given), by id.
 * Each pair of ids is looked at once, from whichever side is cheaper: a node's cached neighbours when it
 * has fewer of those than there are ids, else the ids, each looked up in the set of its neighbours; so the
 * work is never more than ids² / 2 set look-ups however connected the ids are (a neighbourhood keeps the
 * best-connected entities first), and graphology is asked for relations only between neighbours.
 */
export function edgesAmong(
  graph: EntityGraph,
  ids: ReadonlySet<string>,
  types?: ReadonlySet<string>,
): Relation[] {
  const found: Relation[] = [];
  const keep = (_edge: string, relation: Relation) => {
    if (types === undefined || types.has(relation.type)) found.push(copyRelation(relation));
  };
  for (const id of ids) {
    // graphology's forEachEdge(a, b) gives the relations between a and b either way (a self-relation once).
    const { ids: near, selfRelated } = cached(graph, id);
    if (selfRelated) graph.forEachEdge(id, id, keep);
    if (near.length <= ids.size) {
      for (const other of near) if (id < other && ids.has(other)) graph.forEachEdge(id, other, keep);
    } else {
      const set = neighbourSet(graph, id);
      for (const other of ids) if (id < other && set.has(other)) graph.forEachEdge(id, other, keep);
    }
  }
  return found.sort((a, b) => compareStrings(a.id, b.id));
}
