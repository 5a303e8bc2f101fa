import { serveApi } from '@/app/server/http/api-route';
import { saveReviewResponse } from '@/app/server/articles/draft-requests';
import { getDraftStore } from '@/app/server/articles/draft-store';
import { guardWrite } from '@/app/server/auth/routes';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Saves a reviewer's decisions on a draft: `{ revision, review }` (see draft-requests.ts); editors only. */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // A reviewer saves on every decision: the API's everyday budget, not the import's.
  return serveApi('graphql', request, () =>
    guardWrite(request, `PUT /api/drafts/${id}/review`, () => saveReviewResponse(request, id, getDraftStore)),
  );
}
