import type { DrawResult } from './draw-result';
import { MAX_LINKED_IDS, explorerHref, writeHandoff } from '@/app/lib/explorer-link';

/**
 * Where "Draw result" sends the reader (public: the console's button). A handful of entities and no
 * relations fit in a plain explorer link (`/?e=…`), which the reader can copy and share. Anything with
 * relations, or too many entities for a URL, goes through a sessionStorage hand-off: the explorer then
 * draws exactly those relations rather than every relation among the entities.
 */

/** The hand-off's origin, which the explorer shows in its status line ("Drawn from the GraphQL console"). */
export const CONSOLE_ORIGIN = 'the GraphQL console';

export function explorerTargetFor(
  drawable: Extract<DrawResult, { kind: 'drawable' }>,
  storage: Storage,
): string {
  if (drawable.relationIds.length === 0 && drawable.entityIds.length <= MAX_LINKED_IDS) {
    return explorerHref({ entities: drawable.entityIds });
  }
  return writeHandoff(storage, {
    entityIds: drawable.entityIds,
    relationIds: drawable.relationIds,
    origin: CONSOLE_ORIGIN,
  });
}
