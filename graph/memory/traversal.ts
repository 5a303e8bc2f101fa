import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path';
import { bfsFromNode } from 'graphology-traversal';
import type { Relation, Subgraph } from '../model';
import type { ResolvedNeighborhood, ResolvedPath } from '../store-arguments';
import type { EntityGraph } from './graph-state';
import { compareStrings, degreeOf, edgesAmong, entityNode, relationCopy } from './graph-state';

/**
 * Neighbourhoods and paths follow relations both ways and may be restricted to some relation and entity
 * types. Rather than teach graphology's algorithms about our filters, each call builds an undirected,
 * simple copy of just the part of the graph it may walk (a "view"), and runs the library's BFS or
 * bidirectional search on that. Copying is linear in the graph's size, which is fine at a newsroom's scale.
 */
function traversalView(
  graph: EntityGraph,
  relationTypes: readonly string[] | undefined,
  entityTypes: readonly string[] | undefined,
  alwaysKeep: ReadonlySet<string>,
): UndirectedGraph {
  const relationOk = relationTypes === undefined ? undefined : new Set(relationTypes);
  const entityOk = entityTypes === undefined ? undefined : new Set(entityTypes);
  const view = new UndirectedGraph();
  graph.forEachNode((id, entity) => {
    if (entityOk === undefined || entityOk.has(entity.type) || alwaysKeep.has(id)) view.addNode(id);
  });
  graph.forEachEdge((_edge, relation, source, target) => {
    if (relationOk !== undefined && !relationOk.has(relation.type)) return;
    if (source === target || !view.hasNode(source) || !view.hasNode(target)) return;
    view.mergeEdge(source, target);
  });
  return view;
}

/** Not a valid entity id (ids are slugs), so this virtual node cannot collide with a real one. */
const ALL_SEEDS = '#seeds';

/** See GraphStore.neighborhood. `seeds` are known to exist. */
export function neighborhoodOf(
  graph: EntityGraph,
  seeds: readonly string[],
  options: ResolvedNeighborhood,
): Subgraph {
  const view = traversalView(graph, options.relationTypes, options.entityTypes, new Set(seeds));
  // One BFS from a virtual node linked to every seed gives each node its distance to the nearest seed
  // (that distance plus one).
  view.addNode(ALL_SEEDS);
  for (const seed of seeds) view.addEdge(ALL_SEEDS, seed);
  const distance = new Map<string, number>();
  bfsFromNode(view, ALL_SEEDS, (node, _attributes, depth) => {
    if (node !== ALL_SEEDS) distance.set(node, depth - 1);
    return depth > options.depth; // true: do not walk on from a node at the last allowed hop
  });

  // Nearer nodes first, so a limit cuts the far edge; among equals, the better-connected are kept.
  const ranked = [...distance.keys()].map((id) => ({
    id,
    distance: distance.get(id) ?? 0,
    degree: degreeOf(graph, id),
  }));
  ranked.sort((a, b) => a.distance - b.distance || b.degree - a.degree || compareStrings(a.id, b.id));
  const kept = new Set(ranked.slice(0, options.limit).map((r) => r.id));
  const relationTypes = options.relationTypes === undefined ? undefined : new Set(options.relationTypes);
  return {
    nodes: [...kept].map((id) => entityNode(graph, id)),
    edges: edgesAmong(graph, kept, relationTypes),
    truncated: ranked.length > kept.size,
  };
}

/** See GraphStore.shortestPath. `from` and `to` are known to exist. */
export function shortestPathOf(
  graph: EntityGraph,
  from: string,
  to: string,
  options: ResolvedPath,
): Subgraph | null {
  const view = traversalView(graph, options.relationTypes, undefined, new Set());
  const path = bidirectional(view, from, to);
  if (path === null || path.length - 1 > options.maxDepth) return null;
  const edges: Relation[] = [];
  let previous = from;
  for (const node of path.slice(1)) {
    edges.push(edgeBetween(graph, previous, node, options.relationTypes));
    previous = node;
  }
  return { nodes: path.map((id) => entityNode(graph, id)), edges, truncated: false };
}

/** One relation joining a and b either way (the smallest id when parallel ones qualify). */
function edgeBetween(
  graph: EntityGraph,
  a: string,
  b: string,
  types: readonly string[] | undefined,
): Relation {
  const candidates = [...graph.outEdges(a, b), ...graph.outEdges(b, a)]
    .map((edge) => relationCopy(graph, edge))
    .filter((relation) => types === undefined || types.includes(relation.type))
    .sort((x, y) => compareStrings(x.id, y.id));
  const first = candidates[0];
  // The view only joins two nodes when such a relation exists, so this is a bug, not bad input.
  if (first === undefined) throw new Error(`Embedded store: no relation joins ${a} and ${b} on the path.`);
  return first;
}
