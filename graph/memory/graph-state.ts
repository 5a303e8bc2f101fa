import { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { Document, Entity, EntityNode, GraphBatch, Relation } from '../model';

/**
 * The embedded store's whole state: a directed multigraph (node key = entity id, edge key = relation id,
 * parallel relations allowed) plus the documents. A state is never mutated once it is published: a write
 * builds the next state on a copy and swaps it in, so readers never see half a write and a failed write
 * leaves nothing to undo.
 */
export interface GraphState {
  readonly graph: EntityGraph;
  readonly documents: ReadonlyMap<string, Document>;
}

export type EntityGraph = AbstractGraph<Entity, Relation>;

export function emptyState(): GraphState {
  return { graph: new MultiDirectedGraph<Entity, Relation>(), documents: new Map() };
}

/** A relation of a batch that joins an entity in neither the batch nor the graph. */
export interface DanglingRelation {
  relation: Relation;
  /** Its position in `batch.relations`. */
  index: number;
  /** The id of the end that cannot be found. */
  missing: string;
}

/** The first relation of `batch` that joins an entity in neither the batch nor `graph`, if any. */
export function findDangling(graph: EntityGraph, batch: GraphBatch): DanglingRelation | undefined {
  const batchIds = new Set(batch.entities.map((e) => e.id));
  const known = (id: string) => batchIds.has(id) || graph.hasNode(id);
  for (const [index, relation] of batch.relations.entries()) {
    const missing = [relation.source, relation.target].find((id) => !known(id));
    if (missing !== undefined) return { relation, index, missing };
  }
  return undefined;
}

/**
 * Returns a new state: `state` with `batch` merged in by id (an item with a known id replaces the old one
 * wholesale). The caller has checked `findDangling` first; `state` itself is left untouched.
 */
export function mergeBatch(state: GraphState, batch: GraphBatch): GraphState {
  const graph = state.graph.copy();
  const documents = new Map(state.documents);
  for (const document of batch.documents) documents.set(document.id, structuredClone(document));
  for (const entity of batch.entities) {
    if (graph.hasNode(entity.id)) graph.replaceNodeAttributes(entity.id, structuredClone(entity));
    else graph.addNode(entity.id, structuredClone(entity));
  }
  for (const relation of batch.relations) {
    const copy = structuredClone(relation);
    if (graph.hasEdge(relation.id)) {
      const [source, target] = graph.extremities(relation.id);
      if (source === relation.source && target === relation.target) {
        graph.replaceEdgeAttributes(relation.id, copy);
        continue;
      }
      // The relation was re-pointed: graphology cannot move an edge, so it is dropped and added again.
      graph.dropEdge(relation.id);
    }
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, copy);
  }
  return { graph, documents };
}

/** The state as a batch, every list ordered by id so that snapshots diff well. */
export function stateToBatch(state: GraphState): GraphBatch {
  const byId = <T extends { id: string }>(a: T, b: T) => compareStrings(a.id, b.id);
  return {
    documents: [...state.documents.values()].sort(byId),
    entities: state.graph.mapNodes((_id, entity) => entity).sort(byId),
    relations: state.graph.mapEdges((_id, relation) => relation).sort(byId),
  };
}

/** The number of relations touching an entity, either way (a self-relation counts once). */
export function degreeOf(graph: EntityGraph, id: string): number {
  return graph.edges(id).length;
}

/** A plain copy of one entity with its degree. */
export function entityNode(graph: EntityGraph, id: string): EntityNode {
  return { ...structuredClone(graph.getNodeAttributes(id)), degree: degreeOf(graph, id) };
}

export function relationCopy(graph: EntityGraph, id: string): Relation {
  return structuredClone(graph.getEdgeAttributes(id));
}

/** Every relation whose two ends are both in `ids` (and whose type passes `types`, when given), by id. */
export function edgesAmong(
  graph: EntityGraph,
  ids: ReadonlySet<string>,
  types?: ReadonlySet<string>,
): Relation[] {
  const found: Relation[] = [];
  for (const id of ids) {
    graph.forEachOutEdge(id, (edge, relation, _source, target) => {
      if (ids.has(target) && (types === undefined || types.has(relation.type))) {
        found.push(relationCopy(graph, edge));
      }
    });
  }
  return found.sort((a, b) => compareStrings(a.id, b.id));
}

/**
 * Code-point order, the order Neo4j's ORDER BY gives strings, so that both stores break ties the same way
 * (localeCompare would depend on the machine's locale).
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
