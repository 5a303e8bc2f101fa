import { guardWrite } from '@/app/server/auth/routes';
import { serveApi } from '@/app/server/http/api-route';
import { importResponse } from '@/app/server/import-request';
import { getStore } from '@/app/server/store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Imports uploaded files (multipart `file` fields, header `x-newsgraph-csrf: 1`; see import-request.ts); editors only. */
export function POST(request: Request): Promise<Response> {
  return serveApi('import', request, () =>
    guardWrite(request, 'POST /api/import', (user) => importResponse(request, getStore, user)),
  );
}
