import type { ArticleInput } from '@/graph/articles/article-input';
import { articleFieldsSchema } from '@/graph/articles/article-input';
import { draftArticle } from '@/graph/articles/draft-article';
import { ArticleRejectedError } from '@/graph/articles/errors';
import type { DraftStore } from '@/graph/drafts/draft-store';
import { InvalidArgumentError } from '@/graph/errors';
import { resolveIngestLimits } from '@/graph/articles/limits';
import type { GraphStore } from '@/graph/store';
import { readBoundedBytes } from '../http/bounded-body';
import { errorResponse, jsonError } from '../http/error-response';

/** Room for what multipart wraps around the article (boundaries, part headers, the small fields). */
const MULTIPART_ALLOWANCE = 64 * 1024;
const WHERE = 'POST /api/articles';

/**
 * `POST /api/articles` (public: used by app/api/articles/route.ts, after the write guard `guardWrite`): one article as multipart/form-data,
 * `text` (pasted) or `file` (.txt, .md, .html), with optional `title`, `source` and `publishedAt`.
 * Answers `201 { draftId }` once the extraction is stored as a draft; nothing is written to the graph.
 * A refused article answers 400 `{ error: { code: 'BAD_USER_INPUT', problem, message, duplicateOf } }`
 * (413 TOO_LARGE past the size limit), so the form can say what to do.
 */
export async function articleResponse(
  request: Request,
  getStore: () => Promise<GraphStore>,
  getDraftStore: () => Promise<DraftStore>,
): Promise<Response> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    return jsonError('UNSUPPORTED_MEDIA_TYPE', `${WHERE}: send the article as multipart/form-data.`);
  }
  try {
    // One limit for an article however it comes in (this form or `npm run ingest`).
    const maxBytes = resolveIngestLimits().maxArticleBytes;
    const body = await readBoundedBytes(request, maxBytes + MULTIPART_ALLOWANCE);
    if (body.kind === 'too-large') {
      throw new ArticleRejectedError(
        'TOO_LARGE',
        `The article is over the limit of ${Math.round(maxBytes / 1024)} KB. Paste only the article itself, or raise NEWSGRAPH_MAX_ARTICLE_BYTES.`,
      );
    }
    const input = await inputOf(await formOf(body.bytes, type));
    const [graph, drafts] = await Promise.all([getStore(), getDraftStore()]);
    const draft = await draftArticle(graph, drafts, input, { maxBytes });
    return Response.json({ draftId: draft.id }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    if (error instanceof ArticleRejectedError) {
      return jsonError(error.problem === 'TOO_LARGE' ? 'TOO_LARGE' : 'BAD_USER_INPUT', error.message, {
        problem: error.problem,
        duplicateOf: error.duplicateOf,
      });
    }
    return errorResponse(error, WHERE);
  }
}

async function formOf(bytes: Uint8Array<ArrayBuffer>, type: string): Promise<FormData> {
  try {
    return await new Response(bytes, { headers: { 'content-type': type } }).formData();
  } catch {
    throw new InvalidArgumentError(`${WHERE}: the body is not valid multipart/form-data.`);
  }
}

/** The form's fields checked with zod; the body is the upload when there is one, else the pasted text. */
async function inputOf(form: FormData): Promise<ArticleInput> {
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const parsed = articleFieldsSchema.safeParse({
    title: field('title'),
    source: field('source'),
    publishedAt: field('publishedAt'),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidArgumentError(
      `${issue?.message ?? 'a field is invalid'} (${String(issue?.path[0] ?? 'form')}).`,
    );
  }
  const upload = form.get('file');
  if (upload !== null && typeof upload !== 'string' && upload.size > 0) {
    return {
      ...parsed.data,
      body: {
        kind: 'file',
        name: upload.name || 'upload.txt',
        bytes: new Uint8Array(await upload.arrayBuffer()),
      },
    };
  }
  const text = form.get('text');
  return { ...parsed.data, body: { kind: 'pasted', text: typeof text === 'string' ? text : '' } };
}
