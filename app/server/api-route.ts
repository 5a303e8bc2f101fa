import { createRequestScope, runInRequestScope } from '@/schema/request-scope';
import type { RateLimitedRoute } from './http/config';
import { httpConfig } from './http/config';
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
  return withRequestId(request, () => limitRate(route, request, handler));
}

/** Public: runs `handler` in a request scope with an id, and puts that id on its answer. */
export async function withRequestId(request: Request, handler: () => Promise<Response>): Promise<Response> {
  const { trustProxy } = httpConfig();
  const scope = createRequestScope({ logger: getLogger(), requestId: requestIdFor(request, trustProxy) });
  const response = await runInRequestScope(scope, handler);
  if (!response.headers.has(REQUEST_ID_HEADER)) response.headers.set(REQUEST_ID_HEADER, scope.requestId);
  return response;
}
