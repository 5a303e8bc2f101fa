import { serveApi } from '@/app/server/api-route';
import { discardResponse } from '@/app/server/articles/draft-requests';
import { getDraftStore } from '@/app/server/articles/draft-store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Discards a draft (the graph is not touched). */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveApi('import', request, () => discardResponse(request, id, getDraftStore));
}
