import { withRequestId } from '@/app/server/http/api-route';
import { guardRole } from '@/app/server/auth/routes';
import { changesResponse } from '@/app/server/changes-response';
import { getStore } from '@/app/server/store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The audit trail, JSON or CSV, for editors (see app/server/changes-response.ts). */
export function GET(request: Request): Promise<Response> {
  return withRequestId(request, () =>
    guardRole(request, 'GET /api/changes', 'editor', () => changesResponse(request, getStore)),
  );
}
