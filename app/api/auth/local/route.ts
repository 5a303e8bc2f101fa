import { routeAuthDeps } from '@/app/server/auth/routes';
import { localLinkResponse } from '@/app/server/auth/sign-in';
import { withRequestId } from '@/app/server/http/api-route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The one-time local sign-in link that `npm start` prints (see app/server/auth/local-link.ts). */
export function GET(request: Request): Promise<Response> {
  return withRequestId(request, () => localLinkResponse(request, routeAuthDeps()));
}
