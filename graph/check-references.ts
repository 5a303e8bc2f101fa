import { coversExactly } from './bundle/span';
import type { Document, Entity, Evidence, Relation } from './model';

/**
 * The one checker of what a schema cannot check about a batch's references: relation ends that name an
 * entity, and evidence and mentions that point at a document and quote it exactly at their offsets. It
 * collects every problem, in order, as data; each caller words them for its audience and decides what to
 * do with them: the seed loader (graph/bundle/check-bundles.ts) stops at the first, the import
 * (graph/import/check-batch.ts) lists them all.
 */
export type ReferenceProblem = {
  kind: 'entities' | 'relations';
  /** The item's index in its list. */
  index: number;
  /** Where in the item, `source`, `evidence[2].start`, `mentions[0].documentId`. */
  field: string;
  /** The id of the item with the problem. */
  id: string;
} & (
  | { problem: 'missing-entity'; entityId: string }
  | { problem: 'missing-document'; documentId: string }
  | { problem: 'sentence-not-found'; document: Document }
  | { problem: 'offsets-miss'; document: Document; evidence: Evidence }
);

export interface References {
  /** Every entity id a relation may name. */
  entityIds: ReadonlySet<string>;
  /** Every document evidence and mentions may point into. */
  documents: ReadonlyMap<string, Document>;
}

/** Every reference problem of `items`, in order: entities' mentions first, then relations. */
export function* referenceProblems(
  items: { entities: readonly Entity[]; relations: readonly Relation[] },
  known: References,
): Generator<ReferenceProblem> {
  for (const [index, entity] of items.entities.entries()) {
    for (const [j, mention] of entity.mentions.entries()) {
      const found = spanProblem(mention, known.documents);
      if (found !== undefined) {
        yield { kind: 'entities', index, id: entity.id, ...found, field: `mentions[${j}].${found.field}` };
      }
    }
  }
  for (const [index, relation] of items.relations.entries()) {
    for (const end of ['source', 'target'] as const) {
      if (!known.entityIds.has(relation[end])) {
        yield {
          kind: 'relations',
          index,
          id: relation.id,
          field: end,
          problem: 'missing-entity',
          entityId: relation[end],
        };
      }
    }
    for (const [j, evidence] of relation.evidence.entries()) {
      const found = spanProblem(evidence, known.documents);
      if (found !== undefined) {
        yield { kind: 'relations', index, id: relation.id, ...found, field: `evidence[${j}].${found.field}` };
      }
    }
  }
}

type SpanProblem = { field: string } & (
  | { problem: 'missing-document'; documentId: string }
  | { problem: 'sentence-not-found'; document: Document }
  | { problem: 'offsets-miss'; document: Document; evidence: Evidence }
);

function spanProblem(evidence: Evidence, documents: ReadonlyMap<string, Document>): SpanProblem | undefined {
  const document = documents.get(evidence.documentId);
  if (document === undefined) {
    return { field: 'documentId', problem: 'missing-document', documentId: evidence.documentId };
  }
  if (coversExactly(document.text, evidence)) return undefined;
  if (!document.text.includes(evidence.sentence))
    return { field: 'sentence', problem: 'sentence-not-found', document };
  return { field: 'start', problem: 'offsets-miss', document, evidence };
}

/** A short, single-line rendering of a piece of text for an error message. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}
