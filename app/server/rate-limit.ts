import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitedRoute } from '@/schema/api-config';
import { resolveApiConfig } from '@/schema/api-config';
import { EdgeErrorCode } from '@/schema/errors';
import { getLogger } from './logger';

/**
 * Per-client rate limits for the API routes (rate-limiter-flexible, in memory: each app replica counts its
 * own clients, which is enough to keep one client from starving the others on that replica).
 *
 * Who is "a client": a route handler sees a Web `Request`, which carries no socket address. Behind a
 * proxy the operator trusts (NEWSGRAPH_TRUST_PROXY=1), the client is the first address in
 * X-Forwarded-For, which that proxy sets. Without one, the header is whatever the caller wrote (Next
 * only fills it in when it is missing), so believing it would let a client dodge its limit by changing
 * it; every request then counts against one shared key, `anonymous`, and the limit protects the server
 * as a whole rather than clients from each other. Put a proxy in front to get per-client limits.
 *
 * A refused request gets 429 with `Retry-After` (whole seconds) and an error with code RATE_LIMITED, in
 * the shape the route's clients already read: GraphQL's `{ errors: [...] }` for /api/graphql, and
 * `{ error: { code, message } }` for /api/export and /api/import.
 */

export interface RateLimitOptions {
  route: RateLimitedRoute;
  /** Requests per client per minute; 0 turns the limit off. */
  perMinute: number;
  trustProxy: boolean;
  logger: Logger;
}

/** A handler's body, run only when the request is within its client's limit. */
export type LimitedHandler = (request: Request, next: () => Promise<Response>) => Promise<Response>;

const WINDOW_SECONDS = 60;

/** Public: a rate limit for one route, with its own counters (tests make their own; routes use `limitRate`). */
export function createRateLimit(options: RateLimitOptions): LimitedHandler {
  if (options.perMinute === 0) return (_request, next) => next();
  const limiter = new RateLimiterMemory({
    keyPrefix: options.route,
    points: options.perMinute,
    duration: WINDOW_SECONDS,
  });
  return async (request, next) => {
    const client = clientKey(request, options.trustProxy);
    try {
      await limiter.consume(client);
    } catch (refusal) {
      // The memory store has nothing that can fail, but should it ever throw, serving is better than
      // refusing everyone.
      if (!(refusal instanceof RateLimiterRes)) {
        options.logger.error(
          { err: refusal, route: options.route },
          'rate limiter failed; request let through',
        );
        return next();
      }
      const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      options.logger.warn({ route: options.route, client, retryAfter }, 'rate limited');
      return refused(options, retryAfter);
    }
    return next();
  };
}

/** Public: who the request counts against (see the module comment). */
export function clientKey(request: Request, trustProxy: boolean): string {
  if (trustProxy) {
    const first = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (first !== undefined && /^[0-9A-Fa-f.:[\]]{2,64}$/.test(first)) return first;
  }
  return 'anonymous';
}

function refused(options: RateLimitOptions, retryAfter: number): Response {
  const message = `Too many requests to /api/${options.route}: the limit is ${options.perMinute} a minute per client. Try again in ${retryAfter} s.`;
  const body =
    options.route === 'graphql'
      ? { errors: [{ message, extensions: { code: EdgeErrorCode.RATE_LIMITED, retryAfter } }] }
      : { error: { code: EdgeErrorCode.RATE_LIMITED, message, retryAfter } };
  return Response.json(body, {
    status: 429,
    headers: { 'Retry-After': String(retryAfter), 'Cache-Control': 'no-store' },
  });
}

const limits = new Map<RateLimitedRoute, LimitedHandler>();

/**
 * Public: runs `next` if `request` is within its client's limit for `route` (limits from the environment,
 * see schema/api-config.ts), or answers 429. The one line a route adds:
 * `return limitRate('export', request, () => exportResponse(request, getStore));`
 */
export function limitRate(
  route: RateLimitedRoute,
  request: Request,
  next: () => Promise<Response>,
): Promise<Response> {
  let limit = limits.get(route);
  if (limit === undefined) {
    const config = resolveApiConfig();
    limit = createRateLimit({
      route,
      perMinute: config.rateLimits[route],
      trustProxy: config.trustProxy,
      logger: getLogger(),
    });
    limits.set(route, limit);
  }
  return limit(request, next);
}
