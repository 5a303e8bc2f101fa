import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { ErrorCode } from '@/schema/error-codes';
import { httpStatusOf } from '@/schema/error-codes';
import { signedInName } from '../auth/routes';
import { clientAddress, clientAddressFromSocket } from '../client-address';
import type { HttpConfig, RateLimitedRoute } from './config';
import { httpConfig } from './config';
import { getLogger } from '../logger';
import { REQUEST_ID_HEADER, currentRequestId } from './request-id';

/**
 * Per-client rate limits for the API routes (rate-limiter-flexible, in memory: each app replica counts its
 * own clients, which is enough to keep one client from starving the others on that replica).
 *
 * Who is "a client":
 * - a signed-in user is counted per account (`account:<name>`, from the sealed session cookie, which the
 *   client cannot forge), wherever they call from, so colleagues behind one office address keep their
 *   own budgets;
 * - anyone else by network address (app/server/client-address.ts): the socket's address as our server
 *   (server.ts, what `npm start` runs) passes it on, or behind a proxy the operator trusts
 *   (NEWSGRAPH_TRUST_PROXY=1) the first address in X-Forwarded-For;
 * - when neither is known (plain `next start` or `next dev`, which give a route handler no socket address
 *   and only fill in X-Forwarded-For when the client sent none), one shared key, `anonymous`: the limit
 *   then protects the server as a whole rather than clients from each other. A production server in that
 *   state says so once in its log, with the first request to a rate-limited route (sharedBudgetWarning).
 *
 * A refused request gets 429 with `Retry-After` (whole seconds) and an error with code RATE_LIMITED, in
 * the shape the route's clients already read: GraphQL's `{ errors: [...] }` for /api/graphql, and
 * `{ error: { code, message } }` for /api/export and /api/import. Like every GraphQL answer it carries a
 * request id (the `x-request-id` header and `requestId` in the error), which its log line carries too.
 */

export interface RateLimitOptions {
  route: RateLimitedRoute;
  /** Requests per client per minute; 0 turns the limit off. */
  perMinute: number;
  trustProxy: boolean;
  logger: Logger;
  /** The signed-in user's name, if any (routes read the session; tests give their own). */
  accountOf?: (request: Request) => Promise<string | null>;
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
    const client = clientKey(request, options.trustProxy, (await options.accountOf?.(request)) ?? null);
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
      const requestId = currentRequestId(request, options.trustProxy);
      options.logger.warn({ requestId, route: options.route, client, retryAfter }, 'rate limited');
      return refused(options, retryAfter, requestId);
    }
    return next();
  };
}

/** Public: who the request counts against (see the module comment). */
export function clientKey(request: Request, trustProxy: boolean, account: string | null = null): string {
  if (account !== null) return `account:${account}`;
  return clientAddress(request, trustProxy) ?? 'anonymous';
}

function refused(options: RateLimitOptions, retryAfter: number, requestId: string): Response {
  const message = `Too many requests to /api/${options.route}: the limit is ${options.perMinute} a minute per client (per account when signed in). Try again in ${retryAfter} s.`;
  const code: ErrorCode = 'RATE_LIMITED';
  const body =
    options.route === 'graphql'
      ? { errors: [{ message, extensions: { code, retryAfter, requestId } }] }
      : { error: { code, message, retryAfter, requestId } };
  return Response.json(body, {
    status: httpStatusOf(code),
    headers: {
      'Retry-After': String(retryAfter),
      'Cache-Control': 'no-store',
      [REQUEST_ID_HEADER]: requestId,
    },
  });
}

/**
 * Public: the warning a production server without a trusted proxy logs (once), because its rate limits
 * then count all clients together; null when it does not apply (a trusted proxy, limits off, or not
 * production, where one shared budget is what a developer expects).
 */
export function sharedBudgetWarning(
  config: HttpConfig,
  fromSocket = clientAddressFromSocket(),
): string | null {
  const limited = Object.values(config.rateLimits).some((perMinute) => perMinute > 0);
  if (!config.production || config.trustProxy || fromSocket || !limited) return null;
  return 'This server cannot see client addresses (it was not started by `npm start`, i.e. server.ts, and NEWSGRAPH_TRUST_PROXY is not set), so every anonymous client shares one rate-limit budget per route (signed-in users still count per account). Start it with `npm start`, or serve behind a proxy that sets X-Forwarded-For and set NEWSGRAPH_TRUST_PROXY=1, for per-client limits.';
}

const limits = new Map<RateLimitedRoute, LimitedHandler>();

/**
 * Public: runs `next` if `request` is within its client's limit for `route` (limits from the environment,
 * see app/server/http/config.ts), or answers 429. Routes reach it through `serveApi` (app/server/api-route.ts),
 * which gives the request its id first.
 */
export function limitRate(
  route: RateLimitedRoute,
  request: Request,
  next: () => Promise<Response>,
): Promise<Response> {
  let limit = limits.get(route);
  if (limit === undefined) {
    const config = httpConfig();
    const logger = getLogger();
    if (limits.size === 0) {
      const warning = sharedBudgetWarning(config);
      if (warning !== null) logger.warn({ component: 'rate-limit' }, warning);
    }
    limit = createRateLimit({
      route,
      perMinute: config.rateLimits[route],
      trustProxy: config.trustProxy,
      logger,
      accountOf: signedInName,
    });
    limits.set(route, limit);
  }
  return limit(request, next);
}
