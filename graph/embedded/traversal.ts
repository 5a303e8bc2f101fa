import type { Relation, Subgraph } from '../model';
import type { ResolvedNeighborhood, ResolvedPath } from '../store-arguments';
import type { EntityGraph } from './graph-state';
import { edgesAmong } from './adjacency';
import { compareStrings, degreeOf, entityNode, relationCopy } from './graph-state';
import { stepRule } from './step-rule';

/**
 * Neighbourhoods and paths follow relations both ways and may be restricted to some relation and entity
 * types. Both walk the stored graph directly, ring by ring, applying the type filters at each step
 * (`step-rule.ts`), and stop as soon as the answer is known: the work is bounded by what the walk reaches
 * within its depth, never by the size of the graph (a neighbourhood on 500k relations used to copy the
 * whole graph first, about 3.5 s a call).
 */

/** See GraphStore.neighborhood. `seeds` are known to exist. */
export function neighborhoodOf(
  graph: EntityGraph,
  seeds: readonly string[],
  options: ResolvedNeighborhood,
): Subgraph {
  const forEachStep = stepRule(graph, options.relationTypes, options.entityTypes, new Set(seeds), true);
  const seen = new Set<string>(seeds);
  const rings: Ring[] = [{ ids: [...seeds], degrees: seeds.map((id) => degreeOf(graph, id)) }];
  // Rings are walked whole, since the limit keeps the best-connected of the farthest ring it reaches; once
  // more nodes than the limit are found, nothing farther can be kept and the result is truncated anyway.
  for (let hop = 1; hop <= options.depth && seen.size <= options.limit; hop += 1) {
    const next: Ring = { ids: [], degrees: [] };
    for (const node of rings[hop - 1]?.ids ?? []) {
      forEachStep(node, (neighbour, degree) => {
        if (seen.has(neighbour)) return;
        seen.add(neighbour);
        next.ids.push(neighbour);
        next.degrees.push(degree ?? degreeOf(graph, neighbour));
      });
    }
    if (next.ids.length === 0) break;
    rings.push(next);
  }

  // Nearer nodes first, so a limit cuts the far edge; among equals, the better-connected are kept.
  const kept: string[] = [];
  for (const ring of rings) {
    const room = options.limit - kept.length;
    kept.push(...mostConnected(ring, Math.min(room, ring.ids.length)));
    if (ring.ids.length >= room) break;
  }
  const keptSet = new Set(kept);
  const relationTypes = options.relationTypes === undefined ? undefined : new Set(options.relationTypes);
  return {
    nodes: kept.map((id) => entityNode(graph, id)),
    edges: edgesAmong(graph, keptSet, relationTypes),
    truncated: seen.size > kept.length,
  };
}

/** The nodes first reached at one hop, with their degrees (degreeOf) at the same positions. */
interface Ring {
  ids: string[];
  degrees: number[];
}

/**
 * The `count` nodes of `ring` with the highest degree (ties by id), in that order. A ring behind a hub
 * holds thousands of nodes of which a few hundred are kept, so rather than sort them all it finds the
 * cut-off degree with a numeric sort and sorts only the nodes at or above it.
 */
function mostConnected({ ids, degrees }: Ring, count: number): string[] {
  const cutOff = count < ids.length ? (Float64Array.from(degrees).sort()[ids.length - count] ?? 0) : 0;
  const chosen: { id: string; degree: number }[] = [];
  for (let i = 0; i < ids.length; i += 1) {
    const degree = degrees[i] ?? 0;
    if (degree >= cutOff) chosen.push({ id: ids[i] ?? '', degree });
  }
  chosen.sort((a, b) => b.degree - a.degree || compareStrings(a.id, b.id));
  return chosen.slice(0, count).map((node) => node.id);
}

/**
 * See GraphStore.shortestPath. `from` and `to` are known to exist. A bidirectional breadth-first search:
 * each round grows by one hop whichever side is cheaper to grow (fewer relations to look at), and the
 * first round in which the two sides meet gives a shortest path (no shorter one can exist, or an earlier
 * round would have met). It gives up once the two sides together span `maxDepth` hops.
 */
export function shortestPathOf(
  graph: EntityGraph,
  from: string,
  to: string,
  options: ResolvedPath,
): Subgraph | null {
  if (from === to) return { nodes: [entityNode(graph, from)], edges: [], truncated: false };
  const ends = new Set([from, to]);
  const forEachStep = stepRule(graph, options.relationTypes, options.entityTypes, ends, false);
  // node → the node it was reached from (null for the side's own end).
  const fromSide = new Map<string, string | null>([[from, null]]);
  const toSide = new Map<string, string | null>([[to, null]]);
  let fromRing: PathRing = { ids: [from], cost: graph.degree(from) };
  let toRing: PathRing = { ids: [to], cost: graph.degree(to) };

  for (let hops = 0; hops < options.maxDepth && fromRing.ids.length > 0 && toRing.ids.length > 0; hops += 1) {
    const growFrom = fromRing.cost <= toRing.cost;
    const [ring, seen, other] = growFrom ? [fromRing, fromSide, toSide] : [toRing, toSide, fromSide];
    const next: PathRing = { ids: [], cost: 0 };
    let meeting: string | undefined;
    for (const node of ring.ids) {
      forEachStep(node, (neighbour) => {
        if (seen.has(neighbour)) return false;
        seen.set(neighbour, node);
        next.ids.push(neighbour);
        next.cost += graph.degree(neighbour);
        if (other.has(neighbour)) meeting = neighbour;
        return meeting !== undefined;
      });
      if (meeting !== undefined) {
        const ids = [...trail(fromSide, meeting).reverse(), ...trail(toSide, meeting).slice(1)];
        return pathOf(graph, ids, options.relationTypes);
      }
    }
    if (growFrom) fromRing = next;
    else toRing = next;
  }
  return null;
}

/**
 * The nodes one side of a path search reached last, and how much work growing them by one hop is: the
 * relations of its nodes (graphology's degree), summed as they are reached rather than at every round.
 */
interface PathRing {
  ids: string[];
  cost: number;
}

/** The nodes from `node` back to its side's end, following the recorded parents. */
function trail(parents: ReadonlyMap<string, string | null>, node: string): string[] {
  const ids: string[] = [];
  for (let at: string | null | undefined = node; at !== null && at !== undefined; at = parents.get(at)) {
    ids.push(at);
  }
  return ids;
}

function pathOf(graph: EntityGraph, ids: readonly string[], types: readonly string[] | undefined): Subgraph {
  const edges: Relation[] = [];
  for (let i = 1; i < ids.length; i += 1) {
    edges.push(edgeBetween(graph, ids[i - 1] ?? '', ids[i] ?? '', types));
  }
  return { nodes: ids.map((id) => entityNode(graph, id)), edges, truncated: false };
}

/** One relation joining a and b either way (the smallest id when parallel ones qualify). */
function edgeBetween(
  graph: EntityGraph,
  a: string,
  b: string,
  types: readonly string[] | undefined,
): Relation {
  const candidates = [...graph.outEdges(a, b), ...graph.outEdges(b, a)]
    .filter((edge) => types === undefined || types.includes(graph.getEdgeAttribute(edge, 'type')))
    .sort(compareStrings);
  const first = candidates[0];
  // The walk only steps from a to b over such a relation, so this is a bug, not bad input.
  if (first === undefined) throw new Error(`Embedded store: no relation joins ${a} and ${b} on the path.`);
  return relationCopy(graph, first);
}
