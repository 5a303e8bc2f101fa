import { z } from 'zod';
import { draftSchema } from '../extract/draft';
import { idSchema } from '../model';
import { reviewSchema } from './review-schema';

/**
 * A draft as the draft store keeps it: the extractor's proposal, the reviewer's decisions so far, and
 * where it stands. `revision` goes up by one with every save, so that two tabs reviewing the same draft
 * cannot overwrite each other's decisions unnoticed.
 */
export const DRAFT_STATUSES = ['open', 'accepted'] as const;
type DraftStatus = (typeof DRAFT_STATUSES)[number];

const acceptedCountsSchema = z
  .object({
    entities: z.number().int().nonnegative(),
    relations: z.number().int().nonnegative(),
  })
  .strict();

export const storedDraftSchema = z
  .object({
    id: idSchema,
    status: z.enum(DRAFT_STATUSES),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    revision: z.number().int().nonnegative(),
    draft: draftSchema,
    review: reviewSchema,
    /** What the accept wrote (entities and relations created or given new evidence), once accepted. */
    accepted: acceptedCountsSchema.nullable(),
  })
  .strict();
export type StoredDraft = z.infer<typeof storedDraftSchema>;

/** One line of the draft list. */
export interface DraftSummary {
  id: string;
  status: DraftStatus;
  title: string;
  createdAt: string;
  updatedAt: string;
  entities: number;
  relations: number;
}

export function summarize(stored: StoredDraft): DraftSummary {
  return {
    id: stored.id,
    status: stored.status,
    title: stored.draft.documents[0]?.title ?? stored.id,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    entities: stored.draft.entities.length,
    relations: stored.draft.relations.length + stored.review.added.length,
  };
}

/** Newest first, then by id: the order every adapter lists drafts in. */
export function byNewest(a: DraftSummary, b: DraftSummary): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
