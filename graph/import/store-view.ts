import { LIMITS } from '../limits';
import type { Document, Entity, EntityNode, GraphBatch, Relation } from '../model';
import type { GraphStore } from '../store';

/**
 * What the store already holds of an import: the entities and documents with the batch's ids or named by
 * its relations and evidence, and the relations with the batch's ids. Read once, in as few calls as the
 * port allows, and used both to check the batch (relation ends and evidence may point into the store) and
 * to count what the import creates, updates or leaves unchanged.
 */
export interface StoreView {
  entities: ReadonlyMap<string, Entity>;
  documents: ReadonlyMap<string, Document>;
  relations: ReadonlyMap<string, Relation>;
}

export async function readStoreView(store: GraphStore, batch: GraphBatch): Promise<StoreView> {
  const entityIds = new Set(batch.entities.map((e) => e.id));
  for (const r of batch.relations) entityIds.add(r.source).add(r.target);
  const documentIds = new Set(batch.documents.map((d) => d.id));
  for (const e of batch.entities) for (const m of e.mentions) documentIds.add(m.documentId);
  for (const r of batch.relations) for (const e of r.evidence) documentIds.add(e.documentId);

  const entities = new Map<string, Entity>();
  for (const chunk of chunks([...entityIds])) {
    for (const node of await store.getEntities(chunk)) entities.set(node.id, withoutDegree(node));
  }
  const documents = new Map<string, Document>();
  for (const chunk of chunks([...documentIds])) {
    for (const document of await store.documents(chunk)) documents.set(document.id, document);
  }
  return { entities, documents, relations: await existingRelations(store, batch, entities) };
}

/**
 * The store's relations with the batch's ids. A relation can only be in the store between two stored
 * entities, so the subgraph induced by the stored ends of the batch's relations holds every one of them
 * that still joins the same two entities; past the port's id limit the whole store is read instead.
 */
async function existingRelations(
  store: GraphStore,
  batch: GraphBatch,
  stored: ReadonlyMap<string, Entity>,
): Promise<Map<string, Relation>> {
  const wanted = new Set(batch.relations.map((r) => r.id));
  if (wanted.size === 0) return new Map();
  const ends = new Set<string>();
  for (const r of batch.relations) {
    if (stored.has(r.source) && stored.has(r.target)) ends.add(r.source).add(r.target);
  }
  if (ends.size === 0) return new Map();
  const relations =
    ends.size <= LIMITS.maxIds ? (await store.subgraph([...ends])).edges : (await store.readAll()).relations;
  return new Map(relations.filter((r) => wanted.has(r.id)).map((r) => [r.id, r]));
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += LIMITS.maxIds) out.push(items.slice(i, i + LIMITS.maxIds));
  return out;
}

function withoutDegree(node: EntityNode): Entity {
  const { id, name, type, aliases, description, mentions } = node;
  return { id, name, type, aliases, description, mentions };
}
