import type { EntitySummary, RelationView, SubgraphView } from '@/app/lib/queries';

/**
 * A found path as a chain of hops, in the order one walks it from the start to the end. Paths follow
 * relations either way, so a hop may walk a relation against its stored direction ("CBS News —AIRED→
 * 60 Minutes" walked from 60 Minutes); the hop keeps the relation as stored, for the reader to see who
 * did what to whom, and says which way it was walked.
 */

type End = Pick<EntitySummary, 'id' | 'name' | 'type'>;

export interface PathHop {
  relation: RelationView;
  /** The entity this hop leaves from, in path order. */
  from: End;
  /** The entity this hop arrives at. */
  to: End;
  /** True when the path walks the relation from its source to its target. */
  alongStoredDirection: boolean;
}

/**
 * The hops of `path` from `startId`. The store returns edges in path order already, but this walks them
 * by their ends rather than trusting the order; edges that do not continue the walk (which a consistent
 * path never has) are kept at the end, as stored, so nothing the API returned is hidden.
 */
export function pathHops(path: Pick<SubgraphView, 'edges'>, startId: string): PathHop[] {
  const remaining = [...path.edges];
  const hops: PathHop[] = [];
  let here = startId;
  while (remaining.length > 0) {
    const index = remaining.findIndex((e) => e.source.id === here || e.target.id === here);
    if (index < 0) break;
    const [relation] = remaining.splice(index, 1);
    if (relation === undefined) break;
    const along = relation.source.id === here;
    const hop: PathHop = {
      relation,
      from: along ? relation.source : relation.target,
      to: along ? relation.target : relation.source,
      alongStoredDirection: along,
    };
    hops.push(hop);
    here = hop.to.id;
  }
  for (const relation of remaining) {
    hops.push({ relation, from: relation.source, to: relation.target, alongStoredDirection: true });
  }
  return hops;
}

/** "Nayib Bukele → CECOT → Hillary Clinton": the entities of a chain in path order, for a summary line. */
export function pathEntityNames(hops: readonly PathHop[]): string[] {
  const first = hops[0];
  if (first === undefined) return [];
  return [first.from.name, ...hops.map((h) => h.to.name)];
}

/** A drawn path as the side panel lists it: its two ends and its hops in path order. */
export interface DrawnPath {
  from: End;
  to: End;
  hops: PathHop[];
}

/**
 * The path drawn on a canvas, from the relations it holds: the ones among `pathIds` walked from `from`.
 * Null when no path is drawn (or none of its relations is on the canvas any more).
 */
export function drawnPathOf(
  edges: ReadonlyMap<string, RelationView>,
  pathIds: ReadonlySet<string> | readonly string[],
  from: string | null,
): DrawnPath | null {
  if (from === null) return null;
  const pathEdges = [...pathIds].flatMap((id) => {
    const edge = edges.get(id);
    return edge === undefined ? [] : [edge];
  });
  const hops = pathHops({ edges: pathEdges }, from);
  const first = hops[0];
  const last = hops.at(-1);
  if (first === undefined || last === undefined) return null;
  return { from: first.from, to: last.to, hops };
}
