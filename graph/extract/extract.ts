import { buildDraftItems } from './build-draft';
import type { Document } from '../model';
import type { Draft, ExtractOptions, KnownEntity } from './draft';
import { emptyDraft } from './draft';
import { analyseWithLlm } from './llm/llm-extractor';
import { LlmUnavailableError } from './llm/llm-errors';
import { mergeDrafts } from './merge-drafts';
import { analyseWithRules } from './rules-extractor';

/**
 * Public entry point of extraction: proposes the entities and relations of one document, linked to the
 * entities the graph already holds, as a draft for a person to review. The rules extractor is
 * deterministic and offline and never throws on any text. The optional LLM extractor (`extractors`
 * including `llm`, with `options.llm`) runs beside it; items both propose say `both`. When the LLM fails
 * while the rules also ran, the draft holds the rules' items and a warning; when the LLM ran alone, its
 * failure is thrown (LlmUnavailableError).
 */
export async function extract(
  document: Document,
  knownEntities: readonly KnownEntity[],
  options: ExtractOptions = {},
): Promise<Draft> {
  const extractors = options.extractors ?? ['rules'];
  const drafts: Draft[] = [];
  const warnings: string[] = [];
  if (extractors.includes('rules')) {
    const analysis = analyseWithRules(document.text, options.signal);
    drafts.push({
      ...emptyDraft(document, ['rules']),
      ...buildDraftItems(analysis, document, knownEntities, 'rules'),
    });
    warnings.push(...analysis.warnings);
  }
  if (extractors.includes('llm')) {
    const llmDraft = await extractWithLlm(document, knownEntities, options);
    if (llmDraft instanceof LlmUnavailableError) {
      if (drafts.length === 0) throw llmDraft;
      warnings.push(`${llmDraft.message} The draft holds the rules extractor's proposals only.`);
    } else {
      drafts.push(llmDraft);
    }
  }
  const draft = drafts.length === 1 ? (drafts[0] as Draft) : mergeDrafts(drafts);
  draft.documents = [document];
  draft.extraction.warnings.push(...warnings);
  return draft;
}

async function extractWithLlm(
  document: Document,
  known: readonly KnownEntity[],
  options: ExtractOptions,
): Promise<Draft | LlmUnavailableError> {
  if (options.llm === undefined) {
    return new LlmUnavailableError(
      'The LLM extractor was asked for but is not configured: set NEWSGRAPH_LLM_BASE_URL and NEWSGRAPH_LLM_MODEL.',
    );
  }
  try {
    const { analysis, dropped } = await analyseWithLlm(document.text, options.llm, options.signal);
    const draft = { ...emptyDraft(document, ['llm']), ...buildDraftItems(analysis, document, known, 'llm') };
    draft.extraction.dropped = dropped;
    return draft;
  } catch (error) {
    if (error instanceof LlmUnavailableError) return error;
    throw error;
  }
}
