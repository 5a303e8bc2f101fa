import { serveApi } from '@/app/server/api-route';
import { saveReviewResponse } from '@/app/server/articles/draft-requests';
import { getDraftStore } from '@/app/server/articles/draft-store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Saves a reviewer's decisions on a draft: `{ revision, review }` (see draft-requests.ts). */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // A reviewer saves on every decision: the API's everyday budget, not the import's.
  return serveApi('graphql', request, () => saveReviewResponse(request, id, getDraftStore));
}
