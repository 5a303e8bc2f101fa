import type { DraftStore } from '@/graph/drafts/draft-store';
import type { DraftSummary, StoredDraft } from '@/graph/drafts/stored-draft';
import { StoreUnavailableError } from '@/graph/errors';
import { ID_PATTERN } from '@/graph/identifiers';
import type { GraphStore } from '@/graph/store';
import { splitSentences } from '@/graph/text/sentences';
import type { Found, Loaded, Unavailable } from '../documents/load-document';

/**
 * What the review screen needs from the server: the draft, its article's sentences, and the entities of
 * the graph it names (the ones it links to, suggests, or was merged into), read by id rather than the
 * whole graph; the merge field looks any other one up by name as the reviewer types.
 */
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
    const entities = await (await getStore()).getEntities(linkedIds(stored));
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

/** Ids of the graph's entities a draft names: linked, suggested, or chosen as a merge target. */
function linkedIds({ draft, review }: StoredDraft): string[] {
  const ids = new Set<string>();
  for (const entity of draft.entities) {
    if (entity.existing === true) ids.add(entity.id);
    for (const suggestion of entity.suggestions ?? []) ids.add(suggestion.id);
  }
  for (const decision of Object.values(review.entities)) {
    if (decision.mergeInto !== undefined) ids.add(decision.mergeInto);
  }
  return [...ids];
}

async function whenAvailable<T>(load: () => Promise<T>): Promise<T | Unavailable> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof StoreUnavailableError) return { kind: 'unavailable', message: error.message };
    throw error;
  }
}
