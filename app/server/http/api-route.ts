import { guardRead } from '../auth/routes';
import { limitRate } from './rate-limit';
import type { RateLimitedRoute } from './config';
import { inRequestScope } from './request-scope';

/**
 * How an API route serves a request, in one line (public: used by the routes in app/api/):
 * `return serveApi('export', request, () => exportResponse(request, getStore));`
 *
 * Every answer of the API carries a request id in `x-request-id`, and whatever is logged while serving it
 * carries the same id: it is what ties a client's report ("requestId": "…") to the server's log. The
 * request's scope, with that id, is built once, here, before the rate limit, so a 429 has one too, and the
 * GraphQL handler, the rate limiter and the error answers of export and import all use it.
 */
export function serveApi(
  route: RateLimitedRoute,
  request: Request,
  handler: () => Promise<Response>,
): Promise<Response> {
  // With NEWSGRAPH_READ_ACCESS=login, nobody reads (or writes) without signing in; counted by the rate
  // limit first, so that refused requests cost no session check.
  return inRequestScope(request, () => limitRate(route, request, () => guardRead(request, handler)));
}

/** Public: runs `handler` in a request scope with an id, and puts that id on its answer (the health route). */
export function withRequestId(request: Request, handler: () => Promise<Response>): Promise<Response> {
  return inRequestScope(request, handler);
}
