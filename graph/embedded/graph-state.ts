import type { AbstractGraph } from 'graphology-types';
import type { ChangeRecord } from '../audit/change';
import type { Document, Entity, EntityNode, Evidence, GraphBatch, Relation } from '../model';
import { newEntityGraph } from './entity-graph';

/**
 * The embedded store's whole state: a directed multigraph (node key = entity id, edge key = relation id,
 * parallel relations allowed) plus the documents. A state is never mutated once it is published: a write
 * builds the next state on a copy and swaps it in, so readers never see half a write and a failed write
 * leaves nothing to undo.
 */
export interface GraphState {
  readonly graph: EntityGraph;
  readonly documents: ReadonlyMap<string, Document>;
  /** The audit trail, oldest first (see graph/audit/change.ts); persisted in the same snapshot as the graph. */
  readonly changes: readonly ChangeRecord[];
}

export type EntityGraph = AbstractGraph<Entity, Relation>;

export function emptyState(): GraphState {
  return { graph: newEntityGraph(), documents: new Map(), changes: [] };
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
 *
 * The new state keeps the batch's objects rather than copies: the caller hands over a batch nobody else
 * changes (a parse result, or a sealed batch, which is frozen). Nothing in a state is ever handed out
 * uncopied (entityNode, relationCopy, readAll), so no reader can change it either.
 */
export function mergeBatch(state: GraphState, batch: GraphBatch): GraphState {
  // A fresh store (the seed, a first import) has nothing to copy.
  const graph = state.graph.order === 0 ? newEntityGraph() : state.graph.copy();
  const documents = new Map(state.documents);
  for (const document of batch.documents) documents.set(document.id, document);
  for (const entity of batch.entities) {
    if (graph.hasNode(entity.id)) graph.replaceNodeAttributes(entity.id, entity);
    else graph.addNode(entity.id, entity);
  }
  for (const relation of batch.relations) {
    if (graph.hasEdge(relation.id)) {
      const [source, target] = graph.extremities(relation.id);
      if (source === relation.source && target === relation.target) {
        graph.replaceEdgeAttributes(relation.id, relation);
        continue;
      }
      // The relation was re-pointed: graphology cannot move an edge, so it is dropped and added again.
      graph.dropEdge(relation.id);
    }
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, relation);
  }
  return { graph, documents, changes: state.changes };
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

/** The number of relations touching an entity, either way (a self-relation counts once). O(1). */
export function degreeOf(graph: EntityGraph, id: string): number {
  return graph.outDegree(id) + graph.inDegreeWithoutSelfLoops(id);
}

/**
 * A plain copy of one entity with its degree. Copied field by field, in the model's order (model.ts),
 * rather than with structuredClone or spreads (several times slower, and a neighbourhood copies hundreds
 * of entities and thousands of relations): the model's objects hold only these primitives, string arrays
 * and evidence, all copied here.
 */
export function entityNode(graph: EntityGraph, id: string): EntityNode {
  const entity = graph.getNodeAttributes(id);
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: [...entity.aliases],
    description: entity.description,
    mentions: copyEvidenceList(entity.mentions),
    degree: degreeOf(graph, id),
  };
}

export function relationCopy(graph: EntityGraph, id: string): Relation {
  return copyRelation(graph.getEdgeAttributes(id));
}

/** A plain copy of a relation held in a state (see entityNode). */
export function copyRelation(relation: Relation): Relation {
  return {
    id: relation.id,
    type: relation.type,
    source: relation.source,
    target: relation.target,
    statement: relation.statement,
    role: relation.role,
    evidence: copyEvidenceList(relation.evidence),
  };
}

function copyEvidenceList(list: readonly Evidence[]): Evidence[] {
  const copy = new Array<Evidence>(list.length);
  for (let i = 0; i < list.length; i += 1) {
    const evidence = list[i] as Evidence;
    copy[i] = {
      documentId: evidence.documentId,
      sentence: evidence.sentence,
      start: evidence.start,
      end: evidence.end,
    };
  }
  return copy;
}

/**
 * Code-point order, the order Neo4j's ORDER BY gives strings, so that both stores break ties the same way
 * (localeCompare would depend on the machine's locale).
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
