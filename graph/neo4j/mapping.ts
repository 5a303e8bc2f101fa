import neo4j from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import { z } from 'zod';
import { InvalidDataError } from '../errors';
import type { Document, Entity, EntityNode, Evidence, GraphStats, Relation } from '../model';
import type { DocumentHead } from '../search/sentence-match';

/**
 * Between Neo4j values and domain objects, both ways, in one place: nothing outside graph/neo4j sees a
 * driver Record or Integer. Reads are parsed with zod, so a node someone edited by hand into a shape we
 * cannot read fails with an InvalidDataError that says where, instead of leaking `undefined`s.
 */

/** A whole number from Neo4j (an Integer, or a float someone stored) as a JS number. */
const wholeNumber = z
  .custom<Integer | number>(
    (v) => (neo4j.isInt(v) ? v.inSafeRange() : typeof v === 'number' && Number.isSafeInteger(v)),
    'must be a whole number within JavaScript’s safe range',
  )
  .transform((v) => (neo4j.isInt(v) ? v.toNumber() : v));

/** A missing list property reads as null: an empty list. */
const stringList = z
  .array(z.string())
  .nullable()
  .transform((v) => v ?? []);
const numberList = z
  .array(wholeNumber)
  .nullable()
  .transform((v) => v ?? []);

interface EvidenceArrays {
  documentIds: string[];
  starts: number[];
  ends: number[];
  sentences: string[];
}

/** Zips the four parallel evidence arrays back into Evidence objects; they must be of equal length. */
export function evidenceFromArrays(arrays: EvidenceArrays): Evidence[] {
  const { documentIds, starts, ends, sentences } = arrays;
  const n = documentIds.length;
  if (starts.length !== n || ends.length !== n || sentences.length !== n) {
    throw new RangeError(
      `evidence arrays differ in length (${n} document ids, ${starts.length} starts, ${ends.length} ends, ${sentences.length} sentences)`,
    );
  }
  return documentIds.map((documentId, i) => ({
    documentId,
    sentence: sentences[i] ?? '',
    start: starts[i] ?? 0,
    end: ends[i] ?? 0,
  }));
}

/** Evidence as the four parallel arrays stored on a node or relationship; offsets as Integers. */
export function evidenceToArrays(evidence: readonly Evidence[]): {
  documentIds: string[];
  starts: Integer[];
  ends: Integer[];
  sentences: string[];
} {
  return {
    documentIds: evidence.map((e) => e.documentId),
    starts: evidence.map((e) => neo4j.int(e.start)),
    ends: evidence.map((e) => neo4j.int(e.end)),
    sentences: evidence.map((e) => e.sentence),
  };
}

/** Runs `evidenceFromArrays` inside a zod transform, turning a length mismatch into an issue at `path`. */
function zipped(arrays: EvidenceArrays, ctx: z.core.$RefinementCtx, path: string): Evidence[] {
  try {
    return evidenceFromArrays(arrays);
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: error instanceof Error ? error.message : String(error),
      path: [path],
    });
    return z.NEVER;
  }
}

/** The stored properties of an `:Entity` node (ENTITY_PROPERTIES in cypher.ts). */
const entityPropertiesSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  aliases: stringList,
  description: z.string().nullable(),
  mentionDocumentIds: stringList,
  mentionStarts: numberList,
  mentionEnds: numberList,
  mentionSentences: stringList,
});

function entityFromRecord(r: z.infer<typeof entityPropertiesSchema>, ctx: z.core.$RefinementCtx): Entity {
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    aliases: r.aliases,
    description: r.description,
    mentions: zipped(
      {
        documentIds: r.mentionDocumentIds,
        starts: r.mentionStarts,
        ends: r.mentionEnds,
        sentences: r.mentionSentences,
      },
      ctx,
      'mentions',
    ),
  };
}

/** An entity as the read statements return it: its stored properties plus the computed degree. */
const entityRecordSchema = entityPropertiesSchema
  .extend({ degree: wholeNumber })
  .transform((r, ctx): EntityNode => ({ ...entityFromRecord(r, ctx), degree: r.degree }));

/** An entity as stored, without a degree (READ_ALL, which returns a batch). */
const storedEntitySchema = entityPropertiesSchema.transform((r, ctx): Entity => entityFromRecord(r, ctx));

const relationRecordSchema = z
  .object({
    id: z.string(),
    type: z.string(),
    source: z.string(),
    target: z.string(),
    statement: z.string().nullable(),
    role: z.string().nullable(),
    evidenceDocumentIds: stringList,
    evidenceStarts: numberList,
    evidenceEnds: numberList,
    evidenceSentences: stringList,
  })
  .transform((r, ctx): Relation => ({
    id: r.id,
    type: r.type,
    source: r.source,
    target: r.target,
    statement: r.statement,
    role: r.role,
    evidence: zipped(
      {
        documentIds: r.evidenceDocumentIds,
        starts: r.evidenceStarts,
        ends: r.evidenceEnds,
        sentences: r.evidenceSentences,
      },
      ctx,
      'evidence',
    ),
  }));

const documentRecordSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  /** Stored as a Neo4j DATE; the statement hands it back through toString(), as YYYY-MM-DD. */
  publishedAt: z.string().nullable(),
  text: z.string(),
});

const typeCounts = z.array(z.object({ type: z.string(), count: wholeNumber }));

const statsRecordSchema = z.object({
  entityCount: wholeNumber,
  relationCount: wholeNumber,
  documentCount: wholeNumber,
  entityTypes: typeCounts,
  relationTypes: typeCounts,
});

/** Parses one value read from Neo4j; `what` names it in the error (e.g. "SEARCH entity"). */
export function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map(String).join('.') || '(root)';
  throw new InvalidDataError(
    `Neo4j: ${what} read from the database has an unexpected shape at ${path}: ${issue?.message ?? 'invalid'}. Was it written by something other than newsgraph?`,
    'neo4j',
    path,
  );
}

export const toEntityNode = (value: unknown, what: string): EntityNode =>
  parse(entityRecordSchema, value, what);
export const toEntity = (value: unknown, what: string): Entity => parse(storedEntitySchema, value, what);
export const toRelation = (value: unknown, what: string): Relation =>
  parse(relationRecordSchema, value, what);
export const toDocument = (value: unknown, what: string): Document =>
  parse(documentRecordSchema, value, what);
/** A document's id and date (SEARCH_DOCUMENTS): the order a sentence search reads texts in. */
export const toDocumentHead = (value: unknown, what: string): DocumentHead =>
  parse(documentRecordSchema.pick({ id: true, publishedAt: true }), value, what);
export const toStats = (value: unknown): GraphStats => parse(statsRecordSchema, value, 'STATS');
export const toNumber = (value: unknown, what: string): number => parse(wholeNumber, value, what);
export const toBoolean = (value: unknown, what: string): boolean => parse(z.boolean(), value, what);
export const toStrings = (value: unknown, what: string): string[] => parse(z.array(z.string()), value, what);
export const toText = (value: unknown, what: string): string => parse(z.string(), value, what);
/** A map of columns nested in a row (such as a path's `{nodes, edges}`), its values left for the parsers above. */
export const toColumns = (value: unknown, what: string): Record<string, unknown> =>
  parse(z.record(z.string(), z.unknown()), value, what);
/** A list of values, each parsed by `item` (for the list columns of subgraph statements). */
export function toList<T>(value: unknown, what: string, item: (v: unknown, what: string) => T): T[] {
  return parse(z.array(z.unknown()), value, what).map((v, i) => item(v, `${what}[${i}]`));
}

// ------------------------------------------------------------------------------------- rows to write

export function documentRow(document: Document) {
  return { ...document };
}

export function entityRow(entity: Entity) {
  const mentions = evidenceToArrays(entity.mentions);
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: [...entity.aliases],
    description: entity.description,
    mentionDocumentIds: mentions.documentIds,
    mentionStarts: mentions.starts,
    mentionEnds: mentions.ends,
    mentionSentences: mentions.sentences,
  };
}

export function relationRow(relation: Relation) {
  const evidence = evidenceToArrays(relation.evidence);
  return {
    id: relation.id,
    type: relation.type,
    source: relation.source,
    target: relation.target,
    statement: relation.statement,
    role: relation.role,
    evidenceDocumentIds: evidence.documentIds,
    evidenceStarts: evidence.starts,
    evidenceEnds: evidence.ends,
    evidenceSentences: evidence.sentences,
  };
}
