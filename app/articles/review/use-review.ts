'use client';

import { useRef, useState } from 'react';
import type { Review } from '@/graph/drafts/review-schema';
import { putReview } from '../client-api';

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

/**
 * The reviewer's decisions and their saving: every change is shown at once and saved in order, each
 * save against the revision the previous one returned, so the server keeps the last decision and a
 * change made in another tab is reported instead of overwritten.
 */
export function useReview(draftId: string, initial: Review, initialRevision: number) {
  const [review, setReview] = useState(initial);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const revision = useRef(initialRevision);
  /** The revision the server holds after the last save that ended: shown on the page for tests and support. */
  const [savedRevision, setSavedRevision] = useState(initialRevision);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const waiting = useRef(0);

  function update(next: Review) {
    setReview(next);
    setSave({ kind: 'saving' });
    waiting.current += 1;
    queue.current = queue.current.then(async () => {
      const result = await putReview(draftId, revision.current, next);
      waiting.current -= 1;
      if (result.ok) {
        revision.current = result.data.revision;
        setSavedRevision(result.data.revision);
        // "Saved" only once the last queued save is done.
        if (waiting.current === 0) setSave({ kind: 'saved' });
      } else {
        setSave({ kind: 'failed', message: result.message });
      }
    });
  }

  /** Resolves once every save queued so far is done; the revision to accept against. */
  async function settled(): Promise<number> {
    await queue.current;
    return revision.current;
  }

  return { review, update, save, savedRevision, settled };
}
