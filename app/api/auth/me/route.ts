import { routeAuthDeps } from '@/app/server/auth/routes';
import { meResponse } from '@/app/server/auth/sign-in';
import { withRequestId } from '@/app/server/http/api-route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Who is signed in (see app/server/auth/sign-in.ts). */
export function GET(request: Request): Promise<Response> {
  return withRequestId(request, () => meResponse(request, routeAuthDeps()));
}
