import { randomUUID } from 'node:crypto';
import { currentRequestScope } from '@/schema/request-scope';

/**
 * Request ids: what ties a client's error report ("requestId": "…") to the server's log lines.
 *
 * A proxy in front of the app (nginx, a cloud load balancer) often assigns its own id and logs it; when the
 * operator says the proxy is trusted (NEWSGRAPH_TRUST_PROXY), that id is kept so both logs share it.
 * Otherwise a client could choose the id, and with it forge or confuse log lines, so a fresh one is made.
 */

export const REQUEST_ID_HEADER = 'x-request-id';

/** Ids a proxy may set: short, and nothing a log viewer could misread (letters, digits, `.`, `_`, `-`). */
const SAFE_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Public: the id of `request`, from a trusted proxy's header or freshly made. */
export function requestIdFor(request: Request, trustProxy: boolean): string {
  const given = request.headers.get(REQUEST_ID_HEADER)?.trim();
  if (trustProxy && given !== undefined && SAFE_ID.test(given)) return given;
  return randomUUID();
}

/**
 * Public: the id of the request being served (app/server/api-route.ts gives every API request one before
 * anything else runs), or, outside a request's scope (a handler called directly by a test), its own.
 */
export function currentRequestId(request: Request, trustProxy: boolean): string {
  return currentRequestScope()?.requestId ?? requestIdFor(request, trustProxy);
}
