import { serveApi } from '@/app/server/http/api-route';
import { articleResponse } from '@/app/server/articles/article-request';
import { getDraftStore } from '@/app/server/articles/draft-store';
import { guardWrite } from '@/app/server/auth/routes';
import { getStore } from '@/app/server/store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Adds an article as a draft for review (multipart; see article-request.ts); editors only, rate-limited as imports. */
export function POST(request: Request): Promise<Response> {
  return serveApi('import', request, () =>
    guardWrite(request, 'POST /api/articles', () => articleResponse(request, getStore, getDraftStore)),
  );
}
