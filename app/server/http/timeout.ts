import type { RequestScope } from '@/schema/request-scope';
import { abortRequest } from './request-scope';

/**
 * The GraphQL time limit (NEWSGRAPH_GRAPHQL_TIMEOUT_MS), in one place. Past it the answer is 504 TIMEOUT,
 * and the request's deadline is aborted: the store the resolvers see (schema/deadline.ts) then refuses to
 * start anything more, and the operation's own answer, when it comes, is dropped.
 */

/** Public: what the client reads when its operation ran out of time. */
export function timeoutMessage(timeoutMs: number): string {
  return `The operation ran longer than ${timeoutMs} ms (NEWSGRAPH_GRAPHQL_TIMEOUT_MS) and was stopped; ask for less (a smaller depth, limit or first).`;
}

/** Public: runs `work`, or answers `onTimeout()` once `timeoutMs` have passed and aborts the request. */
export async function withTimeout(
  timeoutMs: number,
  scope: RequestScope,
  work: () => Promise<Response>,
  onTimeout: () => Response,
): Promise<Response> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<Response>((resolve) => {
    timer = setTimeout(() => {
      abortRequest(scope);
      resolve(onTimeout());
    }, timeoutMs);
  });
  try {
    return await Promise.race([work(), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
