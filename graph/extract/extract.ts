import type { Document } from '../model';
import type { Draft, ExtractOptions, KnownEntity } from './draft';
import { emptyDraft } from './draft';

/**
 * Public entry point of extraction: proposes the entities and relations of one document, linked to the
 * entities the graph already holds, as a draft for a person to review. Never throws on any text; the same
 * input gives the same output (the rules extractor is deterministic and offline).
 */
export async function extract(
  document: Document,
  knownEntities: readonly KnownEntity[],
  options: ExtractOptions = {},
): Promise<Draft> {
  void knownEntities;
  return emptyDraft(document, options.extractors ?? ['rules']);
}
