import { gql } from '@/app/lib/graphql-client';
import { DOCUMENT_QUERY } from '@/app/lib/queries';
import type { DocumentResult, DocumentView } from '@/app/lib/queries';

/**
 * Documents by id, fetched once per page: every evidence sentence of an article shares one request. A
 * failed fetch is forgotten so that the next attempt asks again.
 */
const cache = new Map<string, Promise<DocumentView | null>>();

export function fetchDocument(id: string): Promise<DocumentView | null> {
  let pending = cache.get(id);
  if (pending === undefined) {
    // Not tied to any one caller's AbortSignal: the request is shared, and its answer is worth keeping.
    pending = gql<DocumentResult>(DOCUMENT_QUERY, { id }).then((r) => r.document);
    pending.catch(() => cache.delete(id));
    cache.set(id, pending);
  }
  return pending;
}
