import { NotFoundError } from '../errors';
import type { ImportSummary } from '../import';
import { importGraph } from '../import';
import type { GraphStore } from '../store';
import type { DraftStore } from './draft-store';
import { DraftConflictError, DraftNotReadyError } from './errors';
import { mergeWithGraph } from './merge-with-graph';
import { entityRejection, relationRejection } from './rejections';
import { reviewedItems } from './reviewed-items';
import type { StoredDraft } from './stored-draft';

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
  const document = draft.documents[0];
  const items = reviewedItems(draft, review);
  const problems = [...items.problems];
  if (document === undefined) problems.push('The draft holds no article.');
  if (items.entities.length === 0 && items.relations.length === 0) {
    problems.push(
      'Nothing is accepted yet: accept the entities and relations to add, then accept the draft.',
    );
  }
  if (problems.length > 0 || document === undefined) {
    throw new DraftNotReadyError(
      `Accept: draft ${id} cannot be written yet. ${problems.join(' ')}`,
      problems,
    );
  }

  const batch = await mergeWithGraph(graph, document, items);
  const bundle = { formatVersion: draft.formatVersion, ...batch };
  const summary = await importGraph(graph, [
    { name: `${id}.json`, content: new TextEncoder().encode(JSON.stringify(bundle)) },
  ]);

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
