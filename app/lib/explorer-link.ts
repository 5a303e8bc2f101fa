/**
 * How other pages (the document view, the GraphQL console) send a reader to the explorer with something
 * drawn. Two ways, one contract with the explorer's own view URL (app/explorer/view/view-url.ts parses the same
 * parameters):
 *
 * - a link, `/?e=<ids>&sel=<ids>`, for a handful of entities (a mention in an article, a saved view);
 * - a hand-off through sessionStorage for results too big for a URL (a console result with hundreds of
 *   entities would overflow the server's 16 KB header limit): `/?handoff=<key>`.
 *
 * Ids are lowercase slugs (graph/identifiers.ts), so commas can separate them without escaping.
 */

/** URL parameter: the entities on the canvas, comma-separated. */
export const ENTITIES_PARAM = 'e';
/** URL parameter: the selected entities or relations, comma-separated. */
export const SELECTED_PARAM = 'sel';
/** URL parameter: the sessionStorage key of a hand-off. */
export const HANDOFF_PARAM = 'handoff';

/** Past this many ids a link becomes a hand-off (keeps URLs well under server header limits). */
export const MAX_LINKED_IDS = 200;

export interface ExplorerLink {
  /** Entities to draw. */
  entities: readonly string[];
  /** Entities or relations to select once drawn (they should be among what is drawn). */
  selected?: readonly string[];
}

/** `/?e=a,b&sel=a`: the explorer with these entities drawn (and the relations among them). */
export function explorerHref(link: ExplorerLink): string {
  const params = new URLSearchParams();
  if (link.entities.length > 0) params.set(ENTITIES_PARAM, link.entities.join(','));
  if (link.selected !== undefined && link.selected.length > 0) {
    params.set(SELECTED_PARAM, link.selected.join(','));
  }
  const query = params.toString().replaceAll('%2C', ',');
  return query === '' ? '/' : `/?${query}`;
}

/** What a hand-off carries: entities to draw (the explorer draws every relation among them). */
export interface Handoff {
  entityIds: string[];
  /** Where it came from, for the explorer's status line ("Drawn from the GraphQL console"). */
  origin: string;
}

const HANDOFF_PREFIX = 'newsgraph:handoff:';

/** Stores a hand-off and returns the explorer URL that picks it up. */
export function writeHandoff(storage: Storage, handoff: Handoff): string {
  const key = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  storage.setItem(HANDOFF_PREFIX + key, JSON.stringify(handoff));
  return `/?${HANDOFF_PARAM}=${key}`;
}

/**
 * Takes a hand-off out of storage (it is read once: reloading the page then shows the view URL the
 * explorer wrote instead). Returns null when the key is unknown or what is stored is not a hand-off.
 */
export function takeHandoff(storage: Storage, key: string): Handoff | null {
  const raw = storage.getItem(HANDOFF_PREFIX + key);
  if (raw === null) return null;
  storage.removeItem(HANDOFF_PREFIX + key);
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { entityIds, origin } = value as Record<string, unknown>;
    if (!isStringArray(entityIds) || typeof origin !== 'string') return null;
    return { entityIds, origin };
  } catch {
    return null;
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
