import type { Document as DocumentModel, EntityNode, Relation } from '../../graph/model';
import type { FieldResolver } from './types';

/**
 * What a document links to. Both fields read the same per-request loader, so asking for the entities and
 * the relations of every document costs one `documentLinks` store call, not two per document. The loader
 * primes the entity loader with the entities (schema/context.ts), so the relations' ends cost nothing more.
 */
export const Document = {
  relations: (async (document, _args, { documentLinks }) =>
    (await documentLinks.load(document.id)).relations) satisfies FieldResolver<
    DocumentModel,
    unknown,
    Relation[]
  >,

  entities: (async (document, _args, { documentLinks }) =>
    (await documentLinks.load(document.id)).entities) satisfies FieldResolver<
    DocumentModel,
    unknown,
    EntityNode[]
  >,
};
