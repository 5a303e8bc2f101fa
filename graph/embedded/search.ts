import type { EntityNode } from '../model';
import type { ResolvedSearch } from '../store-arguments';
import type { EntityGraph } from './graph-state';
import { compareStrings, degreeOf, entityNode } from './graph-state';

/** How well a name matches: lower is better. */
const EXACT = 0;
const PREFIX = 1;
const SUBSTRING = 2;

function rank(names: readonly string[], query: string): number | null {
  let best: number | null = null;
  for (const name of names) {
    const lower = name.toLowerCase();
    const r =
      lower === query ? EXACT : lower.startsWith(query) ? PREFIX : lower.includes(query) ? SUBSTRING : null;
    if (r !== null && (best === null || r < best)) best = r;
  }
  return best;
}

/**
 * Case-insensitive search over names and aliases: exact matches first, then prefixes, then substrings;
 * ties by degree (desc), then name, then id. A linear scan: the embedded store holds one newsroom's graph,
 * not millions of nodes.
 */
export function searchEntities(graph: EntityGraph, { query, types, limit }: ResolvedSearch): EntityNode[] {
  const q = query.toLowerCase();
  const allowed = types === undefined ? undefined : new Set(types);
  // Rank on cheap fields first; only the hits that survive the limit are copied out.
  const hits: { id: string; name: string; degree: number; rank: number }[] = [];
  graph.forEachNode((id, entity) => {
    if (allowed !== undefined && !allowed.has(entity.type)) return;
    const r = rank([entity.name, ...entity.aliases], q);
    if (r !== null) hits.push({ id, name: entity.name, degree: degreeOf(graph, id), rank: r });
  });
  hits.sort(
    (a, b) =>
      a.rank - b.rank || b.degree - a.degree || compareStrings(a.name, b.name) || compareStrings(a.id, b.id),
  );
  return hits.slice(0, limit).map((hit) => entityNode(graph, hit.id));
}
