import type { Bundle } from '../bundle/bundle-schema';
import { BUNDLE_FORMAT_VERSION } from '../bundle/bundle-schema';
import type { Entity, Evidence, GraphBatch, Relation } from '../model';
import type { Draft } from './draft';
import { idAllocator } from './ids';

/** What the store already holds that a draft may add to. */
export interface StoredItems {
  entities: ReadonlyMap<string, Entity>;
  /** At least every stored relation touching an entity of the draft that the store has. */
  relations: readonly Relation[];
}

const sameSpan = (a: Evidence, b: Evidence) =>
  a.documentId === b.documentId && a.start === b.start && a.end === b.end;

function mergeEvidence(old: readonly Evidence[], added: readonly Evidence[]): Evidence[] {
  return [...old, ...added.filter((e) => !old.some((o) => sameSpan(o, e)))];
}

/**
 * A reviewed draft as a batch for the ordinary import path, the review fields dropped. An entity the graph
 * already has keeps everything it had (name, type, description, every mention) and gains the new
 * mentions and names; a relation the graph already states (same type and ends) keeps its id and gains the
 * new evidence, so nothing earlier articles said is lost. A new relation whose id is taken gets another.
 */
export function draftToBatch(draft: Draft, stored: StoredItems): GraphBatch {
  const entities: Entity[] = draft.entities.map((e) => {
    const { confidence: _c, extractor: _x, existing: _e, spans: _s, suggestions: _g, ...entity } = e;
    void [_c, _x, _e, _s, _g];
    const old = stored.entities.get(e.id);
    if (old === undefined) return entity;
    const names = new Set([...old.aliases, ...entity.aliases, entity.name]);
    names.delete(old.name);
    return {
      ...old,
      description: old.description ?? entity.description,
      aliases: [...names].sort(),
      mentions: mergeEvidence(old.mentions, entity.mentions),
    };
  });

  const takenIds = idAllocator(stored.relations.map((r) => r.id));
  const relations: Relation[] = draft.relations.map((r) => {
    const { confidence: _c, extractor: _x, ...relation } = r;
    void [_c, _x];
    const same = stored.relations.find(
      (s) => s.type === r.type && s.source === r.source && s.target === r.target,
    );
    if (same !== undefined) {
      return {
        ...same,
        statement: same.statement ?? relation.statement,
        role: same.role ?? relation.role,
        evidence: mergeEvidence(same.evidence, relation.evidence),
      };
    }
    return { ...relation, id: takenIds(relation.id) };
  });
  return { documents: draft.documents, entities, relations };
}

/** A batch as a bundle file's content, for the import path (which reads bundles). */
export function batchToBundle(batch: GraphBatch): Bundle {
  return {
    formatVersion: BUNDLE_FORMAT_VERSION,
    documents: batch.documents.map((d) => ({ ...d })),
    entities: batch.entities,
    relations: batch.relations,
  };
}
