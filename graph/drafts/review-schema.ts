import { z } from 'zod';
import { entityTypeSchema, evidenceSchema, idSchema, relationTypeSchema } from '../model';

/**
 * What a reviewer decided about a draft, kept apart from the draft itself: the draft stays what the
 * extractor proposed (so a rejection can be remembered in the extractor's own terms), and the decisions
 * are applied on top of it only when the draft is accepted (`reviewed-batch.ts`).
 */

/** Nothing is accepted until a person (or "accept all above a confidence") says so. */
const DECISION_STATUSES = ['pending', 'accepted', 'rejected'] as const;
const decisionStatusSchema = z.enum(DECISION_STATUSES);
export type DecisionStatus = z.infer<typeof decisionStatusSchema>;

const entityDecisionSchema = z
  .object({
    status: decisionStatusSchema,
    /** A new name (rename); the proposed name is kept as an alias. */
    name: z.string().trim().min(1).max(200).optional(),
    /** A new type (retype). */
    type: entityTypeSchema.optional(),
    /** Accept as this entity already in the graph (a merge): its mentions go to that node. */
    mergeInto: idSchema.optional(),
    /**
     * Accept as the same entity as another proposal of this draft (the extractor split one person in
     * two): its mentions and names join that proposal's when the draft is accepted. The draft keeps
     * every proposal's own mentions, so undoing the merge (clearing this) gives them back whole.
     */
    mergeWith: idSchema.optional(),
  })
  .strict();
export type EntityDecision = z.infer<typeof entityDecisionSchema>;

const relationDecisionSchema = z
  .object({
    status: decisionStatusSchema,
    type: relationTypeSchema.optional(),
    /** Draft entity ids (an entity of the draft, which may itself be one already in the graph). */
    source: idSchema.optional(),
    target: idSchema.optional(),
    statement: z.string().trim().min(1).max(1000).nullable().optional(),
  })
  .strict();
export type RelationDecision = z.infer<typeof relationDecisionSchema>;

/** A relation the reviewer added: a sentence of the article and two of the draft's entities. */
const addedRelationSchema = z
  .object({
    id: idSchema,
    type: relationTypeSchema,
    source: idSchema,
    target: idSchema,
    statement: z.string().trim().min(1).max(1000).nullable(),
    evidence: evidenceSchema,
  })
  .strict();
export type AddedRelation = z.infer<typeof addedRelationSchema>;

export const reviewSchema = z
  .object({
    entities: z.record(idSchema, entityDecisionSchema),
    relations: z.record(idSchema, relationDecisionSchema),
    added: z.array(addedRelationSchema).max(500),
  })
  .strict();
export type Review = z.infer<typeof reviewSchema>;

export function emptyReview(): Review {
  return { entities: {}, relations: {}, added: [] };
}
