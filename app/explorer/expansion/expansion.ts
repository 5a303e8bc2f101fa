import type { EntitySummary } from '@/app/lib/queries';

/**
 * Controlled expansion: which neighbours of an expanded entity are not drawn yet, and how to offer them
 * ("Show more", or a pick list grouped by relation type). Pure, over the relations fetched with the
 * expansion, so "show more" needs no second look-up of who the neighbours are.
 */

/** A neighbour of the expanded entity and the relation types that join them. */
export interface Neighbour {
  entity: EntitySummary;
  relationTypes: string[];
}

/** What an expansion left to offer: the neighbours not on the canvas yet, best connected first. */
export interface PendingExpansion {
  around: Pick<EntitySummary, 'id' | 'name'>;
  /** The entity's degree: more than the relations fetched when it has very many. */
  degree: number;
  neighbours: Neighbour[];
}

/** The default "at most N neighbours per expansion". */
export const DEFAULT_EXPANSION_LIMIT = 25;
/** The relations fetched with an expansion to know the rest of the neighbours (the API's maximum). */
export const EXPANSION_RELATIONS_FETCHED = 500;

/** A relation as far as the pick list needs it: its type and its two ends with their degrees. */
export interface RelationEnds {
  type: string;
  source: EntitySummary;
  target: EntitySummary;
}

/** The distinct other ends of `id`'s relations, best connected first, then by name. */
export function neighboursOf(id: string, relations: readonly RelationEnds[]): Neighbour[] {
  const byId = new Map<string, Neighbour>();
  for (const relation of relations) {
    const other = relation.source.id === id ? relation.target : relation.source;
    if (other.id === id) continue;
    const known = byId.get(other.id);
    if (known === undefined) {
      byId.set(other.id, { entity: other, relationTypes: [relation.type] });
    } else if (!known.relationTypes.includes(relation.type)) {
      known.relationTypes.push(relation.type);
    }
  }
  return [...byId.values()].sort(
    (a, b) => b.entity.degree - a.entity.degree || a.entity.name.localeCompare(b.entity.name),
  );
}

/** The neighbours not on the canvas. */
export function notDrawn(neighbours: readonly Neighbour[], onCanvas: ReadonlySet<string>): Neighbour[] {
  return neighbours.filter((n) => !onCanvas.has(n.entity.id));
}

export interface NeighbourGroup {
  relationType: string;
  neighbours: Neighbour[];
}

/**
 * The pick list: neighbours grouped by the relation type that joins them (one joined by two types is in
 * both groups), the biggest group first.
 */
export function groupByRelationType(neighbours: readonly Neighbour[]): NeighbourGroup[] {
  const groups = new Map<string, Neighbour[]>();
  for (const neighbour of neighbours) {
    for (const type of neighbour.relationTypes) {
      const group = groups.get(type) ?? [];
      group.push(neighbour);
      groups.set(type, group);
    }
  }
  return [...groups]
    .map(([relationType, members]) => ({ relationType, neighbours: members }))
    .sort(
      (a, b) => b.neighbours.length - a.neighbours.length || a.relationType.localeCompare(b.relationType),
    );
}

/** What the expansion note adds when neighbours were left out. */
export function remainingNote(remaining: number): string {
  return remaining > 0 ? ` · ${remaining} more not drawn` : '';
}
