import type { Draft } from '../extract/draft';
import type { Rejection } from './rejections';
import type { Review } from './review-schema';
import type { DraftSummary, StoredDraft } from './stored-draft';

/**
 * The DraftStore port: drafts waiting for review, and the rejections reviewers made, kept beside the
 * graph store so that both survive a restart. Two adapters implement it, files in the embedded store's
 * data directory (`file-draft-store.ts`) and nodes in Neo4j (`graph/neo4j/neo4j-draft-store.ts`), held
 * to the same behaviour by one suite (`draft-store.contract.ts`).
 *
 * Unknown draft ids throw NotFoundError where a method says so; a save against a revision that is no
 * longer current throws DraftConflictError; an unreachable backend throws StoreUnavailableError.
 */
export interface DraftStore {
  /** Stores a new open draft with no decisions yet and returns it (revision 0). */
  create(draft: Draft): Promise<StoredDraft>;

  /** One draft by id, or null when there is none. */
  get(id: string): Promise<StoredDraft | null>;

  /** Every draft, newest first (then by id). */
  list(): Promise<DraftSummary[]>;

  /** Replaces an open draft's decisions, if `revision` is still its current one; returns it at revision + 1. Throws NotFoundError, or DraftConflictError when it changed or is accepted. */
  saveReview(id: string, review: Review, revision: number): Promise<StoredDraft>;

  /** Marks an open draft accepted with what was written, if `revision` is current; returns it at revision + 1. Throws like saveReview. */
  markAccepted(
    id: string,
    revision: number,
    accepted: NonNullable<StoredDraft['accepted']>,
  ): Promise<StoredDraft>;

  /** Removes a draft; an unknown id is not an error. */
  remove(id: string): Promise<void>;

  /** Remembers rejections; one already remembered (same key) keeps its first date. */
  rememberRejections(rejections: readonly Rejection[]): Promise<void>;

  /** Every remembered rejection, ordered by key. */
  rejections(): Promise<Rejection[]>;

  /** Removes every draft and rejection (tests). */
  clear(): Promise<void>;

  /** Releases connections; the store is unusable afterwards. */
  close(): Promise<void>;
}
