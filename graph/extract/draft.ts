import { z } from 'zod';
import { BUNDLE_FORMAT_VERSION } from '../bundle/bundle-schema';
import { documentSchema, entitySchema, idSchema, relationSchema } from '../model';

/**
 * The draft an extraction produces: our bundle format (`graph/bundle/bundle-schema.ts`), documents with
 * their text inline, entities with mentions and relations with evidence (exact sentences with offsets from
 * our own splitter, `graph/text/sentences.ts`), plus what a reviewer needs to judge each item: how sure
 * the extractor is, which extractor proposed it, and whether the entity is already in the graph.
 *
 * This is the contract between the extractors (`extract()`), the CLI (`npm run ingest`) and the review
 * screen. Once a reviewer is done, `writeReviewed` (`graph/drafts/accept-draft.ts`) applies the decisions and the
 * result goes through the ordinary all-or-nothing import path.
 */

const EXTRACTORS = ['rules', 'llm'] as const;
const extractorNameSchema = z.enum(EXTRACTORS);
export type ExtractorName = z.infer<typeof extractorNameSchema>;

/** Which extractor proposed an item: one of them, or both when they agreed. */
const extractedBySchema = z.enum(['rules', 'llm', 'both']);
export type ExtractedBy = z.infer<typeof extractedBySchema>;

const confidenceSchema = z.number().min(0).max(1);

/**
 * Where, inside a document, one occurrence of an entity's name (or a pronoun or description standing for
 * it) sits: `document.text.slice(start, end) === text`. Mentions (the bundle field) are whole sentences;
 * spans are the words inside them the review screen highlights.
 */
const mentionSpanSchema = z
  .object({
    documentId: idSchema,
    text: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    /** How the span was tied to the entity: its name, an alias, a surname, a pronoun or a description. */
    via: z.enum(['name', 'alias', 'surname', 'pronoun', 'description']),
  })
  .strict();
export type MentionSpan = z.infer<typeof mentionSpanSchema>;

/** A weaker match with an entity already in the graph: shown as "same as …?", never merged silently. */
const linkSuggestionSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    type: z.string().min(1),
    /** Why it may be the same, in a reviewer's words, e.g. "same surname", "name without title". */
    reason: z.string().min(1),
  })
  .strict();
export type LinkSuggestion = z.infer<typeof linkSuggestionSchema>;

const draftEntitySchema = entitySchema.extend({
  confidence: confidenceSchema,
  extractor: extractedBySchema,
  /** True when the entity is already in the graph: `id` is the graph's id and accepting reuses the node. */
  existing: z.literal(true).optional(),
  spans: z.array(mentionSpanSchema),
  suggestions: z.array(linkSuggestionSchema).optional(),
});
export type DraftEntity = z.infer<typeof draftEntitySchema>;

const draftRelationSchema = relationSchema.extend({
  confidence: confidenceSchema,
  extractor: extractedBySchema,
});
export type DraftRelation = z.infer<typeof draftRelationSchema>;

/** What an extraction run reports beside the items: who ran, and what was dropped and why. */
const extractionReportSchema = z
  .object({
    extractors: z.array(extractorNameSchema),
    /** Items an extractor proposed that failed a check (unknown type, sentence number out of range, …). */
    dropped: z.number().int().nonnegative(),
    /** Short messages for the reviewer, e.g. "LLM endpoint timed out after 30 s; rules only". */
    warnings: z.array(z.string()),
  })
  .strict();

export const draftSchema = z
  .object({
    formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
    documents: z.array(documentSchema),
    entities: z.array(draftEntitySchema),
    relations: z.array(draftRelationSchema),
    extraction: extractionReportSchema,
  })
  .strict();
export type Draft = z.infer<typeof draftSchema>;

/** What the extractor is told about the graph: enough to link names, nothing more. */
export type KnownEntity = Pick<z.infer<typeof entitySchema>, 'id' | 'name' | 'type' | 'aliases'>;

/** Settings of the optional LLM extractor (resolved from NEWSGRAPH_LLM_* by `resolveLlmConfig`). */
export interface LlmSettings {
  baseUrl: string;
  model: string;
  apiKey: string | null;
  /** The longest one request may take, in milliseconds. */
  timeoutMs: number;
}

export interface ExtractOptions {
  /** Which extractors run; default `['rules']`. Both may run together; items they agree on say `both`. */
  extractors?: readonly ExtractorName[];
  /** Needed when `extractors` includes `llm`. */
  llm?: LlmSettings;
  /** Stops a running extraction (the LLM request); the rules extractor checks it between sentences. */
  signal?: AbortSignal;
}

/** An empty draft for one document: what every extraction starts from. */
export function emptyDraft(
  document: z.infer<typeof documentSchema>,
  extractors: readonly ExtractorName[],
): Draft {
  return {
    formatVersion: BUNDLE_FORMAT_VERSION,
    documents: [document],
    entities: [],
    relations: [],
    extraction: { extractors: [...extractors], dropped: 0, warnings: [] },
  };
}
