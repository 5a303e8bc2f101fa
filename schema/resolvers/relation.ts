import type { EntityNode, Relation as RelationModel } from '../../graph/model';
import type { GraphQLContext } from '../context';
import type { Provenance } from './provenance';
import { provenanceOf } from './provenance';
import type { FieldResolver } from './types';

/**
 * A relation stores its ends as ids; the entities come from the request's loader, so all the ends asked
 * for in one tick are fetched with one `getEntities` call.
 */
export const Relation = {
  source: ((relation, _args, context) => end(context, relation, relation.source)) satisfies FieldResolver<
    RelationModel,
    unknown,
    EntityNode | Promise<EntityNode>
  >,
  target: ((relation, _args, context) => end(context, relation, relation.target)) satisfies FieldResolver<
    RelationModel,
    unknown,
    EntityNode | Promise<EntityNode>
  >,
  /** Which articles report it, without the sentences (what a client filtering by article needs). */
  documentIds: ((relation) => [
    ...new Set(relation.evidence.map((e) => e.documentId)),
  ]) satisfies FieldResolver<RelationModel, unknown, string[]>,
  /** From the audit trail: who added it, when, from where. */
  provenance: ((relation, _args, { store }) =>
    provenanceOf(store, 'relation', relation.id)) satisfies FieldResolver<
    RelationModel,
    unknown,
    Promise<Provenance | null>
  >,
};

/**
 * The entity at one end. When the query that returned the relation also returned its ends (a subgraph
 * always does), the entity is handed back as it is, not through the loader: a promise per edge end costs
 * graphql-js far more than the look-up (a 1,000-edge neighbourhood spent most of its time there).
 */
function end(context: GraphQLContext, relation: RelationModel, id: string): EntityNode | Promise<EntityNode> {
  return context.knownEntities.get(id) ?? loadEnd(context, relation, id);
}

async function loadEnd(context: GraphQLContext, relation: RelationModel, id: string): Promise<EntityNode> {
  const entity = await context.entities.load(id);
  // The stores refuse relations whose ends do not exist, so this is a broken store, not a user mistake:
  // it is thrown as a plain Error, which the API logs and masks.
  if (entity === null)
    throw new Error(`Relation ${relation.id} points at entity ${id}, which does not exist.`);
  return entity;
}
