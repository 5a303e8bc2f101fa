import { routeAuthDeps, routeSignInLimits } from '@/app/server/auth/routes';
import { signInResponse } from '@/app/server/auth/sign-in';
import { withRequestId } from '@/app/server/http/api-route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Signs in with `{ name, password }` (see app/server/auth/sign-in.ts). */
export function POST(request: Request): Promise<Response> {
  return withRequestId(request, () => signInResponse(request, routeAuthDeps(), routeSignInLimits()));
}
