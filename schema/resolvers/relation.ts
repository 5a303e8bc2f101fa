import type { EntityNode, Relation as RelationModel } from '../../graph/model';
import type { GraphQLContext } from '../context';
import type { FieldResolver } from './types';

/**
 * A relation stores its ends as ids; the entities come from the request's loader, so all the ends asked
 * for in one tick are fetched with one `getEntities` call.
 */
export const Relation = {
  source: ((relation, _args, context) => end(context, relation, relation.source)) satisfies FieldResolver<
    RelationModel,
    unknown,
    EntityNode
  >,
  target: ((relation, _args, context) => end(context, relation, relation.target)) satisfies FieldResolver<
    RelationModel,
    unknown,
    EntityNode
  >,
};

async function end(context: GraphQLContext, relation: RelationModel, id: string): Promise<EntityNode> {
  const entity = await context.entities.load(id);
  // The stores refuse relations whose ends do not exist, so this is a broken store, not a user mistake:
  // it is thrown as a plain Error, which the API logs and masks.
  if (entity === null)
    throw new Error(`Relation ${relation.id} points at entity ${id}, which does not exist.`);
  return entity;
}
