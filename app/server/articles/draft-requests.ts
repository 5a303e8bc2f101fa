import { z } from 'zod';
import { acceptDraft } from '@/graph/drafts/accept-draft';
import type { DraftStore } from '@/graph/drafts/draft-store';
import { DraftConflictError, DraftNotReadyError } from '@/graph/drafts/errors';
import { reviewSchema } from '@/graph/drafts/review-schema';
import { NotFoundError } from '@/graph/errors';
import { ID_PATTERN } from '@/graph/identifiers';
import { ImportRejectedError } from '@/graph/import';
import type { GraphStore } from '@/graph/store';
import { readBoundedText } from '../http/bounded-body';
import { errorResponse, jsonError } from '../http/error-response';
import type { User } from '../auth/user';

/**
 * The draft routes (public: used by app/api/drafts/[id]/…, after the write guard `guardWrite`, which lets
 * only a signed-in editor with the CSRF header through): save a review, accept, discard. Each body is
 * JSON checked with zod; each answer is JSON, errors as `{ error: { code, message } }`: 404 for an
 * unknown draft, 409 CONFLICT when it changed since it was loaded or was accepted, 400 with `problems`
 * when its decisions cannot be written (or the import refuses them; nothing is written then).
 */

const MAX_REVIEW_BYTES = 2 * 1024 * 1024;
const saveBodySchema = z.object({ revision: z.number().int().nonnegative(), review: reviewSchema }).strict();
const acceptBodySchema = z.object({ revision: z.number().int().nonnegative() }).strict();

export async function saveReviewResponse(
  request: Request,
  id: string,
  getDraftStore: () => Promise<DraftStore>,
) {
  const where = `PUT /api/drafts/${id}/review`;
  return handle(request, where, saveBodySchema, async (body) => {
    const saved = await (await getDraftStore()).saveReview(draftId(id), body.review, body.revision);
    return Response.json({ revision: saved.revision }, { headers: { 'Cache-Control': 'no-store' } });
  });
}

export async function acceptResponse(
  request: Request,
  id: string,
  getStore: () => Promise<GraphStore>,
  getDraftStore: () => Promise<DraftStore>,
  user: User,
) {
  const where = `POST /api/drafts/${id}/accept`;
  return handle(request, where, acceptBodySchema, async (body) => {
    const [graph, drafts] = await Promise.all([getStore(), getDraftStore()]);
    const { draft, summary } = await acceptDraft(graph, drafts, draftId(id), body.revision, user.name);
    return Response.json(
      { documentId: draft.draft.documents[0]?.id ?? null, revision: draft.revision, summary },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  });
}

export async function discardResponse(id: string, getDraftStore: () => Promise<DraftStore>) {
  try {
    await (await getDraftStore()).remove(draftId(id));
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error, `DELETE /api/drafts/${id}`);
  }
}

function draftId(id: string): string {
  if (!ID_PATTERN.test(id)) throw new NotFoundError(`There is no draft ${JSON.stringify(id)}.`, [id]);
  return id;
}

async function handle<T>(
  request: Request,
  where: string,
  schema: z.ZodType<T>,
  run: (body: T) => Promise<Response>,
): Promise<Response> {
  try {
    const read = await readBoundedText(request, MAX_REVIEW_BYTES);
    if (read.kind === 'too-large') return jsonError('TOO_LARGE', `${where}: the body is over 2 MB.`);
    let json: unknown;
    try {
      json = JSON.parse(read.text);
    } catch {
      return jsonError('BAD_USER_INPUT', `${where}: the body is not JSON.`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return jsonError(
        'BAD_USER_INPUT',
        `${where}: ${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}.`,
      );
    }
    return await run(parsed.data);
  } catch (error) {
    if (error instanceof DraftConflictError) return jsonError('CONFLICT', error.message);
    if (error instanceof DraftNotReadyError)
      return jsonError('BAD_USER_INPUT', error.message, { problems: error.problems });
    if (error instanceof ImportRejectedError) {
      return jsonError('BAD_USER_INPUT', error.message, {
        problems: error.problems.map((p) => `${p.path}: ${p.message}`),
      });
    }
    return errorResponse(error, where);
  }
}
