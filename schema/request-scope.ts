import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';

/**
 * What one HTTP request carries through Apollo to the places that never see the request itself: Apollo's
 * `formatError` hook (which masks an unknown error and must log it with the request's id), the context
 * function, the store's deadline (schema/deadline.ts) and the plugin that records the operation's name.
 * The HTTP layer builds it, once per request (app/server/http/request-scope.ts); GraphQL only reads it.
 *
 * It travels in an AsyncLocalStorage rather than in the GraphQL context because `formatError` gets no
 * context, and because a request can fail before there is a context (a store that cannot start).
 */
export interface RequestScope {
  /** Sent back in `x-request-id` and in masked errors' `extensions.requestId`; on every log line. */
  requestId: string;
  /** A logger whose every line carries `requestId`. */
  logger: Logger;
  /** Aborted when the request runs out of time: nothing more is resolved after that. */
  signal: AbortSignal;
  /** Filled in while the request runs, for its one log line. */
  trace: RequestTrace;
}

interface RequestTrace {
  operationName: string | null;
  /** The codes of the errors sent to the client, in order. */
  errorCodes: string[];
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Public: builds a scope with a fresh id (unless one is given), a child logger and an empty trace. */
export function createRequestScope(options: {
  logger: Logger;
  requestId?: string;
  signal?: AbortSignal;
}): RequestScope {
  const requestId = options.requestId ?? randomUUID();
  return {
    requestId,
    logger: options.logger.child({ requestId }),
    signal: options.signal ?? new AbortController().signal,
    trace: { operationName: null, errorCodes: [] },
  };
}

/** Public: runs `work` (and everything it awaits) inside `scope`. */
export function runInRequestScope<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}

/** The scope of the request being served, or undefined outside one (e.g. `executeOperation` in a script). */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}
