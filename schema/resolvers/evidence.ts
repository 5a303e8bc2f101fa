import type { Document, Evidence as EvidenceModel } from '../../graph/model';
import type { FieldResolver } from './types';

/** Evidence names its document by id; the loader gathers the documents of one tick into one store call. */
export const Evidence = {
  document: (async (evidence, _args, { documents }) => {
    const document = await documents.load(evidence.documentId);
    // Evidence always points into a stored document (the model's rules); a miss is a broken store.
    if (document === null)
      throw new Error(`Evidence points at document ${evidence.documentId}, which does not exist.`);
    return document;
  }) satisfies FieldResolver<EvidenceModel, unknown, Document>,
};
