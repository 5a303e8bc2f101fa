import type { DraftStore } from '../drafts/draft-store';
import { withoutRejected } from '../drafts/rejections';
import type { StoredDraft } from '../drafts/stored-draft';
import type { ExtractOptions } from '../extract/draft';
import { extract } from '../extract/extract';
import { slugify } from '../import/normalize';
import type { Document } from '../model';
import type { GraphStore } from '../store';
import { splitSentences } from '../text/sentences';
import type { ArticleInput } from './article-input';
import { findDuplicate } from './duplicates';
import { ArticleRejectedError } from './errors';
import { readArticleText } from './read-article';

export interface DraftArticleOptions {
  maxBytes: number;
  extract?: ExtractOptions;
}

/**
 * Public entry point of adding an article (`/articles/new`): reads it (`read-article.ts`), refuses an
 * article the graph already holds (same text or same source address) or one already waiting in an open
 * draft, extracts its entities and relations linked to the graph's, leaves out what reviewers rejected
 * before, and stores the result as an open draft. The graph is not written: that happens only when the
 * draft is accepted.
 */
export async function draftArticle(
  graph: GraphStore,
  drafts: DraftStore,
  input: ArticleInput,
  options: DraftArticleOptions,
): Promise<StoredDraft> {
  const { text, foundTitle } = readArticleText(input, options.maxBytes);
  const source = input.source ?? null;
  const stored = await graph.readAll();
  const inGraph = findDuplicate(stored.documents, text, source);
  if (inGraph !== undefined) {
    throw new ArticleRejectedError(
      inGraph.by === 'url' ? 'DUPLICATE_URL' : 'DUPLICATE_TEXT',
      `This article is already in the graph as "${inGraph.document.title}" (same ${inGraph.by === 'url' ? 'source address' : 'text'}). Open it from the list of articles instead of adding it again.`,
      { documentId: inGraph.document.id },
    );
  }
  const open = await openDrafts(drafts);
  const waiting = findDuplicate(
    open.flatMap((d) => d.draft.documents),
    text,
    source,
  );
  if (waiting !== undefined) {
    const draft = open.find((d) => d.draft.documents.includes(waiting.document));
    throw new ArticleRejectedError(
      waiting.by === 'url' ? 'DUPLICATE_URL' : 'DUPLICATE_TEXT',
      `This article is already waiting for review as "${waiting.document.title}". Open that draft instead of adding it again.`,
      { draftId: draft?.id },
    );
  }

  const title = input.title?.trim() || foundTitle || firstSentence(text);
  const taken = new Set([...stored.documents, ...open.flatMap((d) => d.draft.documents)].map((d) => d.id));
  const document: Document = {
    id: freeDocumentId(slugify(title) || 'article', taken),
    title,
    source,
    publishedAt: input.publishedAt ?? null,
    text,
  };
  const known = stored.entities.map(({ id, name, type, aliases }) => ({ id, name, type, aliases }));
  const proposed = await extract(document, known, options.extract);
  return drafts.create(withoutRejected(proposed, await drafts.rejections()));
}

async function openDrafts(drafts: DraftStore): Promise<StoredDraft[]> {
  const summaries = (await drafts.list()).filter((d) => d.status === 'open');
  const all = await Promise.all(summaries.map((d) => drafts.get(d.id)));
  return all.filter((d): d is StoredDraft => d !== null);
}

function firstSentence(text: string): string {
  const first = splitSentences(text)[0]?.text ?? text;
  return first.length <= 120 ? first : `${first.slice(0, 117).trimEnd()}…`;
}

function freeDocumentId(base: string, taken: ReadonlySet<string>): string {
  const id = base.slice(0, 100).replace(/-+$/, '');
  if (!taken.has(id)) return id;
  for (let n = 2; ; n += 1) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}
