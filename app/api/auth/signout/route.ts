import { routeAuthDeps } from '@/app/server/auth/routes';
import { signOutResponse } from '@/app/server/auth/sign-in';
import { withRequestId } from '@/app/server/http/api-route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Ends the session (see app/server/auth/sign-in.ts). */
export function POST(request: Request): Promise<Response> {
  return withRequestId(request, () => signOutResponse(request, routeAuthDeps()));
}
