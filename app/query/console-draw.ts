import type { DrawResult } from './draw-result';
import { MAX_LINKED_IDS, explorerHref, writeHandoff } from '@/app/lib/explorer-link';

/**
 * Where "Draw result" sends the reader (public: the console's button). The explorer draws a result's
 * entities with every relation among them (the canvas is faithful: a relation between two drawn entities
 * is always drawn), so the entities are all it needs: up to MAX_LINKED_IDS go in a plain explorer link
 * (`/?e=…`) the reader can copy and share; more go through a sessionStorage hand-off (a URL that long
 * would pass servers' header limits).
 */

/** The hand-off's origin, which the explorer shows in its status line ("Drawn from the GraphQL console"). */
export const CONSOLE_ORIGIN = 'the GraphQL console';

export function explorerTargetFor(
  drawable: Extract<DrawResult, { kind: 'drawable' }>,
  storage: Storage,
): string {
  if (drawable.entityIds.length <= MAX_LINKED_IDS) return explorerHref({ entities: drawable.entityIds });
  return writeHandoff(storage, { entityIds: drawable.entityIds, origin: CONSOLE_ORIGIN });
}
