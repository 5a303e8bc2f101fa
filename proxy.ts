import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';
import { pageSignInRedirect } from './app/server/auth/page-guard';
import {
  createNonce,
  isGraphQLConsolePath,
  pageContentSecurityPolicy,
} from './app/server/http/security-headers';

/**
 * Next 16's proxy (formerly middleware), for the pages only: a fresh nonce and Content-Security-Policy per
 * request. Next reads the policy from the request's header while rendering and puts the nonce on every
 * script it writes; the browser gets the same policy on the answer. This needs the pages to be rendered
 * per request (app/layout.tsx awaits `connection()`): a page prerendered at build time has scripts with
 * no nonce, which this policy would block.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  // NEWSGRAPH_READ_ACCESS=login: pages need a signed-in user too (see app/server/auth/page-guard.ts).
  const signIn = await pageSignInRedirect(request);
  if (signIn !== null) return signIn;
  const policy = pageContentSecurityPolicy({
    nonce: createNonce(),
    development: process.env.NODE_ENV === 'development',
    graphqlConsole: isGraphQLConsolePath(request.nextUrl.pathname),
  });
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Everything but the API (its own policy is in next.config.ts) and Next's static files, which are
      // not documents; prefetches carry no document either.
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
