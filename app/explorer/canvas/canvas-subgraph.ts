import type { SubgraphView } from '@/app/lib/queries';
import { LIMITS } from '@/graph/limits';

/**
 * The canvas is faithful: whatever adds entities (a search, an expansion, a path, a console result, a
 * link) draws every relation among the entities on the canvas, asked for in one `subgraph` request over
 * all of them. These are the pure parts of that: which ids to ask for, whether asking is needed, and how
 * to say what a link named that the graph no longer holds.
 */

/**
 * The ids to ask about: the new entities first, then those already drawn, up to the API's limit on ids in
 * one call (a canvas that big keeps what is new, and the relations among the first of the rest).
 */
export function idsToRelate(added: readonly string[], onCanvas: Iterable<string>): string[] {
  return [...new Set([...added, ...onCanvas])].slice(0, LIMITS.maxIds);
}

/**
 * Whether `answer`, an induced subgraph (its entities and every relation among them, as a neighbourhood
 * is and a path is not), already holds every relation the canvas needs: when every entity on the canvas
 * is in it.
 */
export function coversCanvas(answer: SubgraphView, onCanvas: ReadonlySet<string>): boolean {
  const answered = new Set(answer.nodes.map((n) => n.id));
  for (const id of onCanvas) if (!answered.has(id)) return false;
  return true;
}

/** "1 entity in this link is no longer in the graph", or null when nothing is missing. */
export function missingNote(missing: readonly string[], where: 'link' | 'result'): string | null {
  const count = missing.length;
  if (count === 0) return null;
  return `${count} ${count === 1 ? 'entity' : 'entities'} in this ${where} ${count === 1 ? 'is' : 'are'} no longer in the graph.`;
}

/** What the explorer says when a link names entities but none of them is an id it can read. */
export const UNREADABLE_LINK_NOTE =
  'This link names no entity that can be read (it may have been cut or changed), so the overview is shown.';

/** Notes joined into the status line's one sentence or two, leaving out the absent ones. */
export function joinNotes(...notes: (string | null | undefined)[]): string | undefined {
  const present = notes.filter((n): n is string => n !== null && n !== undefined && n !== '');
  return present.length === 0 ? undefined : present.join(' ');
}
