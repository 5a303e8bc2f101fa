import type { Entity } from '../model';
import { neighbourIds, neighboursWithDegrees } from './adjacency';
import type { EntityGraph } from './graph-state';

/**
 * Calls `visit` with every entity one allowed step away from `node`, until `visit` returns true. The
 * neighbour's degree (degreeOf) comes along when it was asked for and is cached (adjacency.ts); otherwise
 * it is undefined.
 */
export type ForEachStep = (
  node: string,
  visit: (neighbour: string, degree: number | undefined) => boolean | void,
) => void;

/**
 * The steps a neighbourhood or a path may take from a node: along relations of `relationTypes` (all when
 * undefined), either way, into entities of `entityTypes` (all when undefined) or in `alwaysEnter` (the
 * seeds, or a path's two ends). Self-relations lead nowhere new and are skipped. Without a relation type
 * filter each neighbour is visited once, however many relations join them; with one, a neighbour may be
 * visited once per relation, so callers keep their own set of nodes seen. `withDegrees` asks for the
 * neighbours' degrees (a neighbourhood ranks by them; a path does not).
 */
export function stepRule(
  graph: EntityGraph,
  relationTypes: readonly string[] | undefined,
  entityTypes: readonly string[] | undefined,
  alwaysEnter: ReadonlySet<string>,
  withDegrees: boolean,
): ForEachStep {
  const relationOk = relationTypes === undefined ? undefined : new Set(relationTypes);
  const entityOk = entityTypes === undefined ? undefined : new Set(entityTypes);
  const mayEnter = (id: string, entity: Entity) =>
    entityOk === undefined || entityOk.has(entity.type) || alwaysEnter.has(id);

  if (relationOk === undefined) {
    // Hubs have thousands of relations: walking neighbours rather than relations skips parallel ones, and
    // the cached lists (adjacency.ts) carry their degrees.
    return (node, visit) => {
      const { ids, degrees } = withDegrees
        ? neighboursWithDegrees(graph, node)
        : { ids: neighbourIds(graph, node), degrees: undefined };
      for (let i = 0; i < ids.length; i += 1) {
        const neighbour = ids[i] ?? '';
        if (entityOk !== undefined && !mayEnter(neighbour, graph.getNodeAttributes(neighbour))) continue;
        if (visit(neighbour, degrees?.[i]) === true) return;
      }
    };
  }
  return (node, visit) => {
    let stopped = false;
    graph.forEachEdge(node, (_edge, relation, source, target, sourceEntity, targetEntity) => {
      if (stopped || !relationOk.has(relation.type)) return;
      const [neighbour, entity] = source === node ? [target, targetEntity] : [source, sourceEntity];
      if (neighbour !== node && mayEnter(neighbour, entity)) stopped = visit(neighbour, undefined) === true;
    });
  };
}
