import { NotFoundError } from '../errors';
import type { ImportSummary } from '../import';
import { importGraph } from '../import';
import type { GraphStore } from '../store';
import type { DraftStore } from './draft-store';
import { DraftConflictError, DraftNotReadyError } from './errors';
import { mergeWithGraph } from './merge-with-graph';
import { entityRejection, relationRejection } from './rejections';
import type { ReviewedItems } from './reviewed-items';
import { reviewedItems } from './reviewed-items';
import type { Review } from './review-schema';
import type { Draft } from '../extract/draft';
import type { GraphBatch } from '../model';
import type { StoredDraft } from './stored-draft';

/**
 * Public: the one accept path. Writes a draft with its decisions into the graph, merged with what the
 * graph holds (`merge-with-graph.ts`) and through the import service, all or nothing. The review screen
 * comes here through `acceptDraft`; `npm run ingest -- --accept` comes here directly with a draft file a
 * person reviewed by editing it, `review` left out (every proposal in the file accepted). `name` names
 * the draft in the import's messages; with `audit`, the write is recorded in the audit trail as the
 * draft's. Throws DraftNotReadyError when the decisions cannot be written as they stand.
 */
export async function writeReviewed(
  graph: GraphStore,
  draft: Draft,
  review: Review = acceptEverything(draft),
  name = 'draft.json',
  audit?: { actor: string; draftId: string },
): Promise<{ items: ReviewedItems; batch: GraphBatch; summary: ImportSummary }> {
  const [document] = draft.documents;
  const items = reviewedItems(draft, review);
  const problems = [...items.problems];
  if (document === undefined) problems.push('The draft holds no article.');
  if (items.entities.length === 0 && items.relations.length === 0) {
    problems.push(
      'Nothing is accepted yet: accept the entities and relations to add, then accept the draft.',
    );
  }
  if (problems.length > 0 || document === undefined) {
    throw new DraftNotReadyError(`${name} cannot be written yet. ${problems.join(' ')}`, problems);
  }
  const batch = await mergeWithGraph(graph, draft.documents, items);
  const bundle = { formatVersion: draft.formatVersion, ...batch };
  const source = audit && { kind: 'article' as const, draftId: audit.draftId, title: document.title };
  const file = { name, content: new TextEncoder().encode(JSON.stringify(bundle)) };
  const summary = await importGraph(graph, [file], { actor: audit?.actor, source });
  return { items, batch, summary };
}

/** Every proposal of the draft accepted as proposed. */
function acceptEverything(draft: Draft): Review {
  return {
    entities: Object.fromEntries(draft.entities.map((e) => [e.id, { status: 'accepted' as const }])),
    relations: Object.fromEntries(draft.relations.map((r) => [r.id, { status: 'accepted' as const }])),
    added: [],
  };
}

export interface AcceptResult {
  draft: StoredDraft;
  /** What the import wrote, counted as any import's (created, updated, unchanged). */
  summary: ImportSummary;
}

/**
 * Public entry point of accepting a reviewed draft (the review screen's Accept): applies the reviewer's
 * decisions, merges the result with what the graph already holds (`merge-with-graph.ts`), and writes it
 * through the import service, the same all-or-nothing, validated path as `npm run import`: a draft that
 * breaks any rule (an evidence that does not quote its article, an unknown end) writes nothing and throws
 * ImportRejectedError. Then the rejections are remembered and the draft is closed.
 *
 * Throws NotFoundError for an unknown draft, DraftConflictError when it changed since `revision` or was
 * accepted already, DraftNotReadyError when its decisions cannot be written as they stand.
 */
export async function acceptDraft(
  graph: GraphStore,
  drafts: DraftStore,
  id: string,
  revision: number,
  /** Who accepts: recorded in the audit trail with the draft as the write's source. */
  actor?: string,
  now: Date = new Date(),
): Promise<AcceptResult> {
  const stored = await drafts.get(id);
  if (stored === null) throw new NotFoundError(`Accept: there is no draft ${id}.`, [id]);
  if (stored.status !== 'open') throw new DraftConflictError(`Accept: draft ${id} was already accepted.`);
  if (stored.revision !== revision) {
    throw new DraftConflictError(
      `Accept: draft ${id} changed since it was loaded (revision ${stored.revision}, not ${revision}); reload it and check the decisions.`,
    );
  }
  const { draft, review } = stored;
  const audit = actor === undefined ? undefined : { actor, draftId: id };
  const { items, summary, batch } = await writeReviewed(graph, draft, review, `${id}.json`, audit);

  const at = now.toISOString();
  const names = new Map(draft.entities.map((e) => [e.id, e.name]));
  await drafts.rememberRejections([
    ...items.rejectedEntities.map((e) => entityRejection(e, at)),
    ...items.rejectedRelations.map((r) => relationRejection(r, (end) => names.get(end) ?? end, at)),
  ]);
  const accepted = await drafts.markAccepted(id, revision, {
    entities: batch.entities.length,
    relations: batch.relations.length,
  });
  return { draft: accepted, summary };
}
