import { serveApi } from '@/app/server/api-route';
import { articleResponse } from '@/app/server/articles/article-request';
import { getDraftStore } from '@/app/server/articles/draft-store';
import { getStore } from '@/app/server/store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Adds an article as a draft for review (multipart; see article-request.ts). Rate-limited as imports are. */
export function POST(request: Request): Promise<Response> {
  return serveApi('import', request, () => articleResponse(request, getStore, getDraftStore));
}
