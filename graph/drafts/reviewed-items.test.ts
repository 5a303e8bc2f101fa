import { describe, expect, it } from 'vitest';
import type { Review } from './review-schema';
import { reviewedItems } from './reviewed-items';
import { splitOrtegaDraft } from './testing/sample-draft';

const draft = splitOrtegaDraft();
const proposed = (id: string) => draft.entities.find((e) => e.id === id);

/** Everything accepted; Ortega merged with Ana Ortega unless `merge` is false. */
function review(merge: boolean, target: 'accepted' | 'rejected' = 'accepted'): Review {
  return {
    entities: {
      ...Object.fromEntries(draft.entities.map((e) => [e.id, { status: 'accepted' as const }])),
      'ana-ortega': { status: target },
      ortega: merge ? { status: 'accepted', mergeWith: 'ana-ortega' } : { status: 'accepted' },
    },
    relations: Object.fromEntries(draft.relations.map((r) => [r.id, { status: 'accepted' as const }])),
    added: [],
  };
}

describe('reviewedItems', () => {
  describe('a merge of two proposals of the draft', () => {
    it('writes one entity with both proposals’ mentions and names, and points relations at it', () => {
      const items = reviewedItems(draft, review(true));
      expect(items.problems).toEqual([]);
      expect(items.entities.map((e) => e.draftId)).not.toContain('ortega');
      const ana = items.entities.find((e) => e.draftId === 'ana-ortega');
      const sentences = [
        ...(proposed('ana-ortega')?.mentions ?? []),
        ...(proposed('ortega')?.mentions ?? []),
      ];
      expect(ana?.mentions.map((m) => m.start)).toEqual(sentences.map((m) => m.start).sort((a, b) => a - b));
      expect(ana?.aliases).toContain('Ortega');
      const reply = items.relations.find((r) => r.id === 'bukele-replied-to-ortega');
      expect(reply?.target).toBe('ana-ortega');
    });

    it('is undone by clearing it: both proposals come back with exactly the mentions proposed', () => {
      const merged = review(true);
      reviewedItems(draft, merged);
      const items = reviewedItems(draft, review(false));
      for (const id of ['ana-ortega', 'ortega']) {
        expect(items.entities.find((e) => e.draftId === id)?.mentions).toEqual(proposed(id)?.mentions);
      }
      expect(items.relations.find((r) => r.id === 'bukele-replied-to-ortega')?.target).toBe('ortega');
      // Applying the merge never changed the draft itself.
      expect(draft).toEqual(splitOrtegaDraft());
    });

    it('refuses a merge into a proposal that is not accepted, saying how to fix it', () => {
      const items = reviewedItems(draft, review(true, 'rejected'));
      expect(items.problems[0]).toMatch(/"Ortega" is merged with "Ana Ortega", which is not accepted/);
    });
  });
});
