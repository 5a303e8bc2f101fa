import { serveApi } from '@/app/server/http/api-route';
import { acceptResponse } from '@/app/server/articles/draft-requests';
import { getDraftStore } from '@/app/server/articles/draft-store';
import { guardWrite } from '@/app/server/auth/routes';
import { getStore } from '@/app/server/store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Writes a reviewed draft to the graph, all or nothing, recorded in the audit trail under the editor's name. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveApi('import', request, () =>
    guardWrite(request, `POST /api/drafts/${id}/accept`, (user) =>
      acceptResponse(request, id, getStore, getDraftStore, user),
    ),
  );
}
