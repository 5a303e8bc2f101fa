import type { Logger } from 'pino';
import type { RequestScope } from '@/schema/request-scope';
import { createRequestScope, currentRequestScope, runInRequestScope } from '@/schema/request-scope';
import { getLogger } from '../logger';
import { httpConfig } from './config';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id';

/**
 * Where a request's scope (schema/request-scope.ts: its id, its logger, its deadline, its trace) is built:
 * here, once per request, by the first layer that serves it (`serveApi` for every API route; the GraphQL
 * handler itself when a test calls it directly). Everything after reads it, so the rate limiter, the
 * GraphQL handler and the error answers share one id, and the GraphQL handler's time limit aborts the
 * same signal the resolvers' store watches.
 */

const deadlines = new WeakMap<RequestScope, AbortController>();

/**
 * Public: runs `work` in the scope of `request` (the current one, or a new one with an id and a deadline),
 * and puts the scope's id on the answer.
 */
export async function inRequestScope(
  request: Request,
  work: (scope: RequestScope) => Promise<Response>,
  options: { logger?: Logger; trustProxy?: boolean } = {},
): Promise<Response> {
  const current = currentRequestScope();
  if (current !== undefined) return work(current);
  const deadline = new AbortController();
  const scope = createRequestScope({
    logger: options.logger ?? getLogger(),
    requestId: requestIdFor(request, options.trustProxy ?? httpConfig().trustProxy),
    signal: deadline.signal,
  });
  deadlines.set(scope, deadline);
  const response = await runInRequestScope(scope, () => work(scope));
  if (!response.headers.has(REQUEST_ID_HEADER)) response.headers.set(REQUEST_ID_HEADER, scope.requestId);
  return response;
}

/** Public (the time limit, app/server/http/timeout.ts): tells everything under `scope` to stop. */
export function abortRequest(scope: RequestScope): void {
  deadlines.get(scope)?.abort();
}
