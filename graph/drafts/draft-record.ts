import { randomBytes } from 'node:crypto';
import { NotFoundError } from '../errors';
import type { Draft } from '../extract/draft';
import { DraftConflictError } from './errors';
import { emptyReview } from './review-schema';
import type { StoredDraft } from './stored-draft';

/**
 * The rules both adapters apply to a draft's record, written once: how a new one looks, and when a save
 * may replace it. The adapters only differ in where the record lives.
 */

export function newStoredDraft(draft: Draft, now: Date = new Date()): StoredDraft {
  const at = now.toISOString();
  return {
    id: `draft-${randomBytes(6).toString('hex')}`,
    status: 'open',
    createdAt: at,
    updatedAt: at,
    revision: 0,
    draft,
    review: emptyReview(),
    accepted: null,
  };
}

/** The draft with `change` applied, once `current` is known to be open and at `revision`. */
export function revise(
  id: string,
  current: StoredDraft | null,
  revision: number,
  change: Partial<Pick<StoredDraft, 'review' | 'status' | 'accepted'>>,
  now: Date = new Date(),
): StoredDraft {
  if (current === null) throw new NotFoundError(`DraftStore: there is no draft ${id}.`, [id]);
  if (current.status !== 'open') {
    throw new DraftConflictError(`DraftStore: draft ${id} was already accepted; it can no longer change.`);
  }
  if (current.revision !== revision) {
    throw new DraftConflictError(
      `DraftStore: draft ${id} changed since it was loaded (revision ${current.revision}, not ${revision}); reload it and review again.`,
    );
  }
  return { ...current, ...change, revision: revision + 1, updatedAt: now.toISOString() };
}
