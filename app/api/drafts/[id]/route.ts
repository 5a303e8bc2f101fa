import { serveApi } from '@/app/server/http/api-route';
import { discardResponse } from '@/app/server/articles/draft-requests';
import { getDraftStore } from '@/app/server/articles/draft-store';
import { guardWrite } from '@/app/server/auth/routes';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Discards a draft (the graph is not touched); editors only. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveApi('import', request, () =>
    guardWrite(request, `DELETE /api/drafts/${id}`, () => discardResponse(id, getDraftStore)),
  );
}
