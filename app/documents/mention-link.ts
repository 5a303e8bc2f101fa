import { explorerHref } from '@/app/lib/explorer-link';

/**
 * Where a mention of an entity leads: the explorer with the entity drawn with its neighbours and selected,
 * the same picture choosing it in the search gives (a lone node with no relation said nothing).
 */
export function mentionHref(entityId: string, neighbours: ReadonlyMap<string, readonly string[]>): string {
  return explorerHref({ entities: [entityId, ...(neighbours.get(entityId) ?? [])], selected: [entityId] });
}
