import type { EntityNode, Evidence, Relation } from '../../graph/model';
import type { ArgumentsOf } from '../arguments';
import { parseArguments, relationsArgs } from '../arguments';
import type { Provenance } from './provenance';
import { provenanceOf } from './provenance';
import type { FieldResolver } from './types';

/** Entity fields that are not plain properties of the stored entity. */
export const Entity = {
  /** One store call per entity asked for; the ends of the relations then go through the entity loader. */
  relations: (async (entity, args, { store }) => {
    const { types, direction, first } = parseArguments(relationsArgs, args);
    return store.relationsOf(entity.id, { types, direction, limit: first });
  }) satisfies FieldResolver<EntityNode, ArgumentsOf<typeof relationsArgs>, Relation[]>,

  /** The API calls an entity's mentions its evidence, like a relation's. */
  evidence: ((entity) => entity.mentions) satisfies FieldResolver<EntityNode, unknown, Evidence[]>,

  /** From the audit trail: who added it, when, from where. */
  provenance: ((entity, _args, { store }) =>
    provenanceOf(store, 'entity', entity.id)) satisfies FieldResolver<
    EntityNode,
    unknown,
    Promise<Provenance | null>
  >,
};
