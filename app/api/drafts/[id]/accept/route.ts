import { serveApi } from '@/app/server/api-route';
import { acceptResponse } from '@/app/server/articles/draft-requests';
import { getDraftStore } from '@/app/server/articles/draft-store';
import { getStore } from '@/app/server/store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Writes a reviewed draft to the graph, all or nothing: `{ revision }` (see draft-requests.ts). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveApi('import', request, () => acceptResponse(request, id, getStore, getDraftStore));
}
