import { NotFoundError } from '../errors';
import type { Document, GraphStats, InducedSubgraph, Relation, Subgraph, TypeCount } from '../model';
import type { ResolvedRelations } from '../store-arguments';
import type { EntityGraph, GraphState } from './graph-state';
import { edgesAmong } from './adjacency';
import { compareStrings, copyRelation, degreeOf, entityNode } from './graph-state';

/**
 * The embedded store's read queries that are not searches or traversals, as pure functions of a state.
 * Arguments arrive already resolved (store-arguments.ts); these only answer.
 */

/** Throws NotFoundError naming every id in `ids` that is not an entity. */
export function requireEntities(graph: EntityGraph, ids: readonly string[], where: string): void {
  const missing = ids.filter((id) => !graph.hasNode(id));
  if (missing.length > 0) {
    const list = missing.map((id) => JSON.stringify(id)).join(', ');
    throw new NotFoundError(`${where}: no entity has the id ${list}.`, missing);
  }
}

export function relationsOf(graph: EntityGraph, id: string, options: ResolvedRelations): Relation[] {
  requireEntities(graph, [id], 'GraphStore.relationsOf');
  const edges =
    options.direction === 'OUT'
      ? graph.outEdges(id)
      : options.direction === 'IN'
        ? graph.inEdges(id)
        : graph.edges(id);
  const types = options.types === undefined ? undefined : new Set(options.types);
  // Only the relations that survive the limit are copied: a hub has thousands.
  return edges
    .map((edge) => graph.getEdgeAttributes(edge))
    .filter((relation) => types === undefined || types.has(relation.type))
    .sort((a, b) => compareStrings(a.type, b.type) || compareStrings(a.id, b.id))
    .slice(0, options.limit)
    .map(copyRelation);
}

export function subgraphOf(
  graph: EntityGraph,
  ids: readonly string[],
  skipMissing: boolean,
): InducedSubgraph {
  if (!skipMissing) requireEntities(graph, ids, 'GraphStore.subgraph');
  const found = ids.filter((id) => graph.hasNode(id));
  return {
    nodes: found.map((id) => entityNode(graph, id)),
    edges: edgesAmong(graph, new Set(found)),
    truncated: false,
    missing: ids.filter((id) => !graph.hasNode(id)),
  };
}

/** The `limit` best-connected entities (ties by name, then id) and the relations among them. */
export function overviewOf(graph: EntityGraph, limit: number): Subgraph {
  const ranked = graph
    .mapNodes((id, entity) => ({ id, name: entity.name, degree: degreeOf(graph, id) }))
    .sort((a, b) => b.degree - a.degree || compareStrings(a.name, b.name) || compareStrings(a.id, b.id));
  const kept = ranked.slice(0, limit).map((r) => r.id);
  return {
    nodes: kept.map((id) => entityNode(graph, id)),
    edges: edgesAmong(graph, new Set(kept)),
    truncated: ranked.length > kept.length,
  };
}

export function statsOf({ graph, documents }: GraphState): GraphStats {
  return {
    entityCount: graph.order,
    relationCount: graph.size,
    documentCount: documents.size,
    entityTypes: countTypes(graph.mapNodes((_id, entity) => entity.type)),
    relationTypes: countTypes(graph.mapEdges((_id, relation) => relation.type)),
  };
}

function countTypes(types: readonly string[]): TypeCount[] {
  const counts = new Map<string, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || compareStrings(a.type, b.type));
}

/** Documents by id (all when `ids` is undefined), ordered by id; unknown ids are left out. */
export function documentsOf(state: GraphState, ids: readonly string[] | undefined): Document[] {
  const found =
    ids === undefined
      ? [...state.documents.values()]
      : ids.flatMap((id) => {
          const document = state.documents.get(id);
          return document === undefined ? [] : [document];
        });
  return found.sort((a, b) => compareStrings(a.id, b.id)).map((document) => structuredClone(document));
}
