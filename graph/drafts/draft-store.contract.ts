import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors';
import type { DraftStore } from './draft-store';
import { DraftConflictError } from './errors';
import type { Rejection } from './rejections';
import { emptyReview } from './review-schema';
import type { Review } from './review-schema';
import { followUpDraft } from './testing/sample-draft';

/**
 * Public: the DraftStore conformance suite, written once and run against both adapters. `open` is called
 * once for the suite and again where a test needs a second instance over the same backing (the same data
 * directory, the same database): what a restart of the server looks like.
 */
export function defineDraftStoreContract(name: string, open: () => Promise<DraftStore>): void {
  describe(`DraftStore (${name})`, () => {
    let store: DraftStore;
    const others: DraftStore[] = [];
    beforeAll(async () => {
      store = await open();
    });
    beforeEach(async () => {
      await store.clear();
    });
    afterAll(async () => {
      await Promise.all([store, ...others].map((s) => s.close()));
    });

    const accepting: Review = {
      ...emptyReview(),
      entities: { 'ana-ortega': { status: 'accepted', name: 'Ana María Ortega' } },
      relations: { 'bukele-replied-to-ortega': { status: 'rejected' } },
    };

    describe('#create and #get', () => {
      it('keeps the draft whole, open, at revision 0 with no decisions', async () => {
        const created = await store.create(followUpDraft());
        const read = await store.get(created.id);
        expect(read).toEqual(created);
        expect(read).toMatchObject({ status: 'open', revision: 0, review: emptyReview(), accepted: null });
        expect(read?.draft).toEqual(followUpDraft());
      });

      it('answers null for an id it does not hold, and for one that is not an id at all', async () => {
        expect(await store.get('draft-000000000000')).toBeNull();
        expect(await store.get('../graph')).toBeNull();
      });

      it('gives every draft its own id', async () => {
        const a = await store.create(followUpDraft());
        const b = await store.create(followUpDraft());
        expect(a.id).not.toBe(b.id);
      });
    });

    describe('restarts', () => {
      it('a draft, its decisions and the rejections are there for a new instance', async () => {
        const created = await store.create(followUpDraft());
        await store.saveReview(created.id, accepting, 0);
        await store.rememberRejections([rejection('entity:abc')]);
        const again = await open();
        others.push(again);
        expect(await again.get(created.id)).toMatchObject({ revision: 1, review: accepting });
        expect((await again.rejections()).map((r) => r.key)).toEqual(['entity:abc']);
      });
    });

    describe('#list', () => {
      it('lists every draft, newest first, with its title and counts', async () => {
        const first = await store.create(followUpDraft());
        await pause();
        const second = await store.create(followUpDraft());
        const list = await store.list();
        expect(list.map((d) => d.id)).toEqual([second.id, first.id]);
        expect(list[0]).toEqual({
          id: second.id,
          status: 'open',
          title: 'Transfers to CECOT go on',
          createdAt: second.createdAt,
          updatedAt: second.updatedAt,
          entities: 6,
          relations: 5,
        });
      });
    });

    describe('#saveReview', () => {
      it('replaces the decisions and moves the revision on', async () => {
        const created = await store.create(followUpDraft());
        const saved = await store.saveReview(created.id, accepting, 0);
        expect(saved.revision).toBe(1);
        expect(await store.get(created.id)).toEqual(saved);
      });

      it('refuses a save against a revision that is no longer current, keeping the newer decisions', async () => {
        const created = await store.create(followUpDraft());
        await store.saveReview(created.id, accepting, 0);
        const error = await store.saveReview(created.id, emptyReview(), 0).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DraftConflictError);
        expect((await store.get(created.id))?.review).toEqual(accepting);
      });

      it('throws NotFoundError for a draft it does not hold', async () => {
        const error = await store.saveReview('draft-000000000000', accepting, 0).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(NotFoundError);
      });
    });

    describe('#markAccepted', () => {
      it('closes the draft to further changes', async () => {
        const created = await store.create(followUpDraft());
        const accepted = await store.markAccepted(created.id, 0, { entities: 4, relations: 3 });
        expect(accepted).toMatchObject({
          status: 'accepted',
          revision: 1,
          accepted: { entities: 4, relations: 3 },
        });
        expect(await store.get(created.id)).toEqual(accepted);
        const error = await store.saveReview(created.id, accepting, 1).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DraftConflictError);
        expect((await store.list())[0]?.status).toBe('accepted');
      });
    });

    describe('#remove', () => {
      it('removes one draft and leaves the others', async () => {
        const a = await store.create(followUpDraft());
        const b = await store.create(followUpDraft());
        await store.remove(a.id);
        await store.remove('draft-000000000000');
        expect(await store.get(a.id)).toBeNull();
        expect((await store.list()).map((d) => d.id)).toEqual([b.id]);
      });
    });

    describe('#rememberRejections', () => {
      it('keeps each key once, with its first date, ordered by key', async () => {
        await store.rememberRejections([
          rejection('relation:b', '2026-01-01T00:00:00.000Z'),
          rejection('entity:a'),
        ]);
        await store.rememberRejections([rejection('relation:b', '2026-02-02T00:00:00.000Z')]);
        const all = await store.rejections();
        expect(all.map((r) => r.key)).toEqual(['entity:a', 'relation:b']);
        expect(all[1]?.rejectedAt).toBe('2026-01-01T00:00:00.000Z');
      });

      it('are not removed with the drafts', async () => {
        const created = await store.create(followUpDraft());
        await store.rememberRejections([rejection('entity:a')]);
        await store.remove(created.id);
        expect(await store.rejections()).toHaveLength(1);
      });
    });
  });
}

function rejection(key: string, at = '2026-03-01T00:00:00.000Z'): Rejection {
  return {
    key,
    kind: key.startsWith('entity') ? 'entity' : 'relation',
    label: `label of ${key}`,
    rejectedAt: at,
  };
}

/** Drafts made in the same millisecond tie on createdAt; a short pause gives them an order to test. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5));
}
