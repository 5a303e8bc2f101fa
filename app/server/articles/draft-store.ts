import { graphConfig } from '@/graph/config';
import { ConfigError } from '@/graph/environment';
import { createDraftStore } from '@/graph/drafts/create-draft-store';
import type { DraftStore } from '@/graph/drafts/draft-store';
import { StoreUnavailableError } from '@/graph/errors';

/**
 * The one draft store of this server process, beside the graph store (`../store.ts`, whose reasons for a
 * process-wide, globalThis-held instance apply here too): opened on first use, not cached when opening
 * fails, so a store that comes up later is found on the next request.
 */
const KEY = Symbol.for('newsgraph.draftStore');
type Holder = { [KEY]?: Promise<DraftStore> };
const holder = globalThis as Holder;

export function getDraftStore(): Promise<DraftStore> {
  const existing = holder[KEY];
  if (existing !== undefined) return existing;
  const opening = open();
  holder[KEY] = opening;
  opening.catch(() => {
    if (holder[KEY] === opening) delete holder[KEY];
  });
  return opening;
}

async function open(): Promise<DraftStore> {
  try {
    return await createDraftStore(graphConfig().store);
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new StoreUnavailableError(`The draft store is misconfigured. ${error.message}`, { cause: error });
    }
    throw error;
  }
}
