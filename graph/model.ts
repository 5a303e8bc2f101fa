import { z } from 'zod';
import { ENTITY_TYPE_PATTERN, ID_PATTERN, RELATION_TYPE_PATTERN } from './identifiers';

/**
 * The domain model. The zod schemas are the boundary: data files, imports and upserts are parsed with
 * them; inside the domain the inferred types are trusted.
 */

export const idSchema = z.string().regex(ID_PATTERN, 'must be a lowercase slug (a-z, 0-9, inner hyphens)');
export const entityTypeSchema = z.string().regex(ENTITY_TYPE_PATTERN, 'must be a PascalCase type name');
export const relationTypeSchema = z
  .string()
  .max(64)
  .regex(RELATION_TYPE_PATTERN, 'must be an UPPER_SNAKE_CASE type name');

/** A span of a document's text: `document.text.slice(start, end) === sentence`. */
export const evidenceSchema = z
  .object({
    documentId: idSchema,
    sentence: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .strict()
  .refine((e) => e.end > e.start, { message: 'end must be greater than start', path: ['end'] })
  .refine((e) => e.end - e.start === e.sentence.length, {
    message: 'end - start must equal the length of the sentence',
    path: ['end'],
  });
export type Evidence = z.infer<typeof evidenceSchema>;

export const documentSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1),
    /** Where the text came from (a URL or a publication's name), when known. */
    source: z.string().min(1).nullable(),
    /** ISO 8601 date, when known. */
    publishedAt: z.iso.date().nullable(),
    text: z.string().min(1),
  })
  .strict();
export type Document = z.infer<typeof documentSchema>;

export const entitySchema = z
  .object({
    id: idSchema,
    name: z.string().min(1).max(200),
    type: entityTypeSchema,
    aliases: z.array(z.string().min(1).max(200)),
    description: z.string().min(1).nullable(),
    /** The sentences that mention the entity. */
    mentions: z.array(evidenceSchema),
  })
  .strict();
export type Entity = z.infer<typeof entitySchema>;

export const relationSchema = z
  .object({
    id: idSchema,
    type: relationTypeSchema,
    source: idSchema,
    target: idSchema,
    /** What was said (SAID), ordered (ORDERED) or claimed, briefly, in the graph's own words. */
    statement: z.string().min(1).nullable(),
    /** The capacity a WORKS_FOR / LEADS / HELD_OFFICE relation is held in, e.g. "Editor-in-Chief". */
    role: z.string().min(1).nullable(),
    evidence: z.array(evidenceSchema).min(1, 'a relation needs at least one piece of evidence'),
  })
  .strict();
export type Relation = z.infer<typeof relationSchema>;

/** What the store hands back for an entity: the entity plus its degree (number of relations, both ways). */
export type EntityNode = Entity & { degree: number };

/** A set of entities and the relations between them, as drawn on the canvas. */
export interface Subgraph {
  nodes: EntityNode[];
  edges: Relation[];
  /** True when a limit cut the result short: more nodes were reachable than were returned. */
  truncated: boolean;
}

/** The subgraph induced by a list of ids, with the ids that named no entity (when those are tolerated). */
export interface InducedSubgraph extends Subgraph {
  /** Ids asked for that name no entity, in the order asked; always empty unless `skipMissing` was set. */
  missing: string[];
}

export interface TypeCount {
  type: string;
  count: number;
}

export interface GraphStats {
  entityCount: number;
  relationCount: number;
  documentCount: number;
  /** Sorted by count, descending, then by type. */
  entityTypes: TypeCount[];
  relationTypes: TypeCount[];
}

/** A batch of writes: the unit of `GraphStore.upsert`, and the shape of our JSON data files once read. */
export interface GraphBatch {
  documents: Document[];
  entities: Entity[];
  relations: Relation[];
}

export type Direction = 'OUT' | 'IN' | 'BOTH';
