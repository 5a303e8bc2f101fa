import type { Document, Entity, Evidence, GraphBatch, Relation } from '../model';
import type { GraphStore } from '../store';
import type { AcceptedEntity, AcceptedRelation, ReviewedItems } from './reviewed-items';

/**
 * The batch that adds reviewed articles (one from the review screen, one or more from a draft file of
 * `npm run ingest`) to the graph without losing anything the graph already says.
 * An upsert replaces an item by id, so an entity already in the graph is written with its stored
 * mentions and aliases plus the article's, and a relation the graph already holds (see `sameClaim`)
 * gets the article's sentence as one more piece of evidence instead of a second edge:
 * that is how a relation stated by several articles shows every piece of its evidence. A new entity or
 * relation whose id the graph already uses for something else gets a suffixed id (`-2`, `-3`): a new
 * proposal is never merged into a node the reviewer did not pick.
 */
export async function mergeWithGraph(
  store: GraphStore,
  documents: readonly Document[],
  items: ReviewedItems,
): Promise<GraphBatch> {
  const candidateIds = [...new Set(items.entities.map((e) => e.id))];
  const stored = new Map<string, Entity>();
  for (const { id, name, type, aliases, description, mentions } of await store.getEntities(candidateIds)) {
    stored.set(id, { id, name, type, aliases, description, mentions });
  }

  const finalId = new Map<string, string>();
  const taken = new Set(stored.keys());
  const entities = new Map<string, Entity>();
  for (const accepted of items.entities) {
    let id = accepted.id;
    if (!accepted.existing && stored.has(id)) id = freeId(id, taken);
    taken.add(id);
    finalId.set(accepted.id, id);
    const base = entities.get(id) ?? stored.get(id) ?? newEntity(id, accepted);
    entities.set(id, withArticle(base, accepted));
  }

  const storedIds = [...entities.keys()].filter((id) => stored.has(id));
  const storedRelations = storedIds.length === 0 ? [] : (await store.subgraph(storedIds)).edges;
  const relationIds = new Set(storedRelations.map((r) => r.id));
  const relations = new Map<string, Relation>();
  for (const accepted of items.relations) {
    const relation = {
      ...accepted,
      source: endId(finalId, accepted.source),
      target: endId(finalId, accepted.target),
    };
    // The graph's relations as this batch leaves them (one already given new evidence counts once).
    const known = new Map(storedRelations.map((r) => [r.id, r]));
    for (const r of relations.values()) known.set(r.id, r);
    const same = sameClaim([...known.values()], relation);
    if (same !== undefined) {
      const current = relations.get(same.id) ?? same;
      relations.set(same.id, { ...current, evidence: union(current.evidence, relation.evidence) });
      continue;
    }
    const id =
      relationIds.has(relation.id) || relations.has(relation.id)
        ? freeId(relation.id, relationIds)
        : relation.id;
    relationIds.add(id);
    relations.set(id, { ...relation, id });
  }

  return { documents: [...documents], entities: [...entities.values()], relations: [...relations.values()] };
}

function endId(finalId: ReadonlyMap<string, string>, id: string): string {
  return finalId.get(id) ?? id;
}

function newEntity(id: string, accepted: AcceptedEntity): Entity {
  return {
    id,
    name: accepted.name,
    type: accepted.type,
    aliases: [],
    description: accepted.description,
    mentions: [],
  };
}

/** The entity with the article's mentions and names added; its own name, type and description kept. */
function withArticle(entity: Entity, accepted: AcceptedEntity): Entity {
  const names = [accepted.name, ...accepted.aliases].filter((n) => n !== entity.name);
  const aliases = [...entity.aliases];
  for (const name of names)
    if (!aliases.some((a) => a.toLowerCase() === name.toLowerCase())) aliases.push(name);
  return {
    ...entity,
    aliases,
    description: entity.description ?? accepted.description,
    mentions: union(entity.mentions, accepted.mentions),
  };
}

/**
 * The relation among `known` that `relation` states again, if any: same type and ends, and the same
 * statement; a relation given no statement ("Bukele replied to Clinton") also supports the one relation of
 * its type between those ends whatever that one's statement says, or the one without a statement. Two
 * different statements (two things Bukele said) stay two relations.
 */
function sameClaim(known: readonly Relation[], relation: AcceptedRelation): Relation | undefined {
  const between = known.filter(
    (r) => r.type === relation.type && r.source === relation.source && r.target === relation.target,
  );
  if (relation.statement !== null) return between.find((r) => r.statement === relation.statement);
  return between.length === 1 ? between[0] : between.find((r) => r.statement === null);
}

function union(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const key = (e: Evidence) => `${e.documentId}:${e.start}:${e.end}`;
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((e) => !seen.has(key(e)) && (seen.add(key(e)), true))];
}

/** `id-2`, `id-3`, … : the first not in `taken`, kept within the id length limit. */
function freeId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${id.slice(0, 128 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
