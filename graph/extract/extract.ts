import { buildDraftItems } from './build-draft';
import type { Document } from '../model';
import type { Draft, ExtractOptions, KnownEntity } from './draft';
import { emptyDraft } from './draft';
import { analyseWithRules } from './rules-extractor';

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
  const extractors = options.extractors ?? ['rules'];
  const draft = emptyDraft(document, extractors);
  if (extractors.includes('rules')) {
    const analysis = analyseWithRules(document.text, options.signal);
    const items = buildDraftItems(analysis, document, knownEntities, 'rules');
    draft.entities = items.entities;
    draft.relations = items.relations;
    draft.extraction.warnings.push(...analysis.warnings);
  }
  return draft;
}
