import { z } from 'zod';

/**
 * The audit trail's records. Every write that says who makes it (GraphStore.upsert with `audit`) adds one
 * ChangeRecord in the same all-or-nothing step as the write itself (the embedded store: the same snapshot
 * rewrite, under the write lock; Neo4j: the same transaction), so there is no change without its record
 * and no record without its change.
 *
 * A record says who (`actor`, an account name or `local`), when (`at`), where from (`source`: the import's
 * file names, an article draft, a script) and what: one item per document, entity or relation that was
 * created or updated, with the item as it was before (updates only) and after. Items the write left as
 * they were are not listed; a write that changes nothing adds no record. `merged` and `removed` are for
 * the article review's merges and removals, which write through the same path.
 */

const CHANGE_ACTIONS = ['created', 'updated', 'merged', 'removed'] as const;

export const ITEM_KINDS = ['document', 'entity', 'relation'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

const changeSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('import'), files: z.array(z.string()) }).strict(),
  z.object({ kind: z.literal('article'), draftId: z.string(), title: z.string().optional() }).strict(),
  z.object({ kind: z.literal('script'), name: z.string() }).strict(),
]);
export type ChangeSource = z.infer<typeof changeSourceSchema>;

const changedItemSchema = z
  .object({
    kind: z.enum(ITEM_KINDS),
    id: z.string(),
    action: z.enum(CHANGE_ACTIONS),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  })
  .strict();
export type ChangedItem = z.infer<typeof changedItemSchema>;

export const changeRecordSchema = z
  .object({
    id: z.string(),
    at: z.iso.datetime(),
    actor: z.string(),
    source: changeSourceSchema,
    items: z.array(changedItemSchema),
  })
  .strict();
export type ChangeRecord = z.infer<typeof changeRecordSchema>;

/** What a write tells the store about itself, so it can record it (see GraphStore.upsert). */
export interface ChangeContext {
  actor: string;
  /** ISO 8601; the store's clock when omitted. */
  at?: string;
  source: ChangeSource;
}

/** How a source reads in one line: `import of a.json, b.csv`, `article draft d-12 ("Title")`. */
export function describeSource(source: ChangeSource): string {
  switch (source.kind) {
    case 'import':
      return `import of ${source.files.join(', ')}`;
    case 'article':
      return `article draft ${source.draftId}${source.title === undefined ? '' : ` (${JSON.stringify(source.title)})`}`;
    case 'script':
      return source.name;
  }
}

/** The names a source can be found by in a `changes` query: its file names, or its draft id. */
export function sourceNames(source: ChangeSource): string[] {
  switch (source.kind) {
    case 'import':
      return source.files;
    case 'article':
      return [source.draftId];
    case 'script':
      return [source.name];
  }
}
