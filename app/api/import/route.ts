import { importResponse } from '@/app/server/import-request';
import { limitRate } from '@/app/server/rate-limit';
import { getStore } from '@/app/server/store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Imports uploaded files (multipart `file` fields, header `x-newsgraph-csrf: 1`; see import-request.ts). */
export function POST(request: Request): Promise<Response> {
  return limitRate('import', request, () => importResponse(request, getStore));
}
