import type { DraftStore } from '@/graph/drafts/draft-store';
import type { DraftSummary, StoredDraft } from '@/graph/drafts/stored-draft';
import { StoreUnavailableError } from '@/graph/errors';
import { ID_PATTERN } from '@/graph/identifiers';
import type { GraphStore } from '@/graph/store';
import { splitSentences } from '@/graph/text/sentences';
import type { Found, Loaded, Unavailable } from '../documents/load-document';

/** What the review screen needs from the server: the draft, its article's sentences, and the graph's entities to merge into. */
export interface ReviewData {
  stored: StoredDraft;
  sentences: { text: string; start: number; end: number }[];
  graphEntities: { id: string; name: string; type: string }[];
}

export async function loadDraftList(
  getDraftStore: () => Promise<DraftStore>,
): Promise<Found<DraftSummary[]> | Unavailable> {
  return whenAvailable(async () => ({ kind: 'found', data: await (await getDraftStore()).list() }));
}

export async function loadReview(
  getDraftStore: () => Promise<DraftStore>,
  getStore: () => Promise<GraphStore>,
  id: string,
): Promise<Loaded<ReviewData>> {
  if (!ID_PATTERN.test(id)) return { kind: 'not-found' };
  return whenAvailable<Loaded<ReviewData>>(async () => {
    const stored = await (await getDraftStore()).get(id);
    if (stored === null) return { kind: 'not-found' };
    const text = stored.draft.documents[0]?.text ?? '';
    const { entities } = await (await getStore()).readAll();
    return {
      kind: 'found',
      data: {
        stored,
        sentences: splitSentences(text),
        graphEntities: entities.map(({ id: entityId, name, type }) => ({ id: entityId, name, type })),
      },
    };
  });
}

async function whenAvailable<T>(load: () => Promise<T>): Promise<T | Unavailable> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof StoreUnavailableError) return { kind: 'unavailable', message: error.message };
    throw error;
  }
}
