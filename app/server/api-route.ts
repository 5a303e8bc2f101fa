import type { RateLimitedRoute } from '@/schema/api-config';
import { resolveApiConfig } from '@/schema/api-config';
import { createRequestScope, runInRequestScope } from '@/schema/request-scope';
import { guardRead } from './auth/routes';
import { getLogger } from './logger';
import { limitRate } from './rate-limit';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id';

/**
 * How an API route serves a request, in one line (public: used by the routes in app/api/):
 * `return serveApi('export', request, () => exportResponse(request, getStore));`
 *
 * Every answer of the API carries a request id in `x-request-id`, and whatever is logged while serving it
 * carries the same id: it is what ties a client's report ("requestId": "…") to the server's log. The id is
 * made once, here, before the rate limit, so a 429 has one too, and the GraphQL handler, the rate limiter
 * and the error answers of export and import all use it (they read it from the request's scope).
 */
export function serveApi(
  route: RateLimitedRoute,
  request: Request,
  handler: () => Promise<Response>,
): Promise<Response> {
  // With NEWSGRAPH_READ_ACCESS=login, nobody reads (or writes) without signing in; counted by the rate
  // limit first, so that refused requests cost no session check.
  return withRequestId(request, () => limitRate(route, request, () => guardRead(request, handler)));
}

/** NEWSGRAPH_TRUST_PROXY, read once per process like the rest of the API's settings. */
let trustProxy: boolean | undefined;

/** Public: runs `handler` in a request scope with an id, and puts that id on its answer. */
export async function withRequestId(request: Request, handler: () => Promise<Response>): Promise<Response> {
  trustProxy ??= resolveApiConfig().trustProxy;
  const scope = createRequestScope({ logger: getLogger(), requestId: requestIdFor(request, trustProxy) });
  const response = await runInRequestScope(scope, handler);
  if (!response.headers.has(REQUEST_ID_HEADER)) response.headers.set(REQUEST_ID_HEADER, scope.requestId);
  return response;
}
