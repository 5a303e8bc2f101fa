import { UnreachableCaseError } from '@/graph/errors';
import { isErrorCode } from '@/schema/error-codes';
import type { GraphQLErrorCode } from './graphql-client';

/**
 * What the page tells a person when a request fails, by error code: what happened, what they can do, and
 * which action the page offers. `what` is the action that failed, as a verb phrase ("load the graph",
 * "expand Nayib Bukele").
 *
 * The server's own message never reaches the screen: it is written for developers
 * ("search(query:): the limit is 200 characters") and may name internals. The page says, in plain words,
 * what kind of failure it was; the request's id in the server's log has the rest. The action is chosen so
 * that a button is only offered when pressing it can help: a retry for a failure that can pass (the
 * network, the store, a timeout), a wait for a rate limit, a reset for something no longer in the graph,
 * and nothing but "change what you asked for" for a request the server will refuse again.
 */

/** What the page offers next to the message. */
export type FailureAction =
  /** Asking again can succeed (the network, the store or the server may be back). */
  | 'retry'
  /** Asking again can succeed after the wait the server named (RATE_LIMITED). */
  | 'wait'
  /** What was asked for is gone: start again from the overview. */
  | 'reset'
  /** Signing in (or in as someone allowed) is what helps. */
  | 'sign-in'
  /** The page itself is out of date or at fault: reloading it is what helps. */
  | 'reload'
  /** The same request would be refused again: the person changes what they asked for. */
  | 'none';

/** A headline, a sentence or two of detail, and the action to offer. */
export interface Explanation {
  title: string;
  detail: string;
  action: FailureAction;
  /** For `wait`: whole seconds until a retry can pass, when the server said (Retry-After). */
  waitSeconds?: number;
}

/** What the catalogue needs of a failure: its code, and Retry-After when the answer had one. */
export interface FailureLike {
  readonly code: string;
  readonly retryAfterSeconds?: number;
}

/** A code as one the page knows: the server's catalogue, the client's own three, else UNKNOWN. */
function knownCode(code: string): GraphQLErrorCode {
  if (isErrorCode(code) || code === 'NETWORK_ERROR' || code === 'BAD_RESPONSE') return code;
  return 'UNKNOWN';
}

/** The message for `failure`, which happened while trying to do `what`. */
export function explainFailure(what: string, failure: FailureLike): Explanation {
  const code = knownCode(failure.code);
  switch (code) {
    case 'SERVICE_UNAVAILABLE':
      return {
        title: 'The graph store is unreachable.',
        detail: `The server is running but cannot reach its graph database, so it could not ${what}. Retry once the database is back.`,
        action: 'retry',
      };
    case 'NETWORK_ERROR':
      return {
        title: 'The newsgraph server is not answering.',
        detail: `The page could not ${what} because the request never got an answer. Check that you are online and the server is running, then retry.`,
        action: 'retry',
      };
    case 'TIMEOUT':
      return {
        title: `Could not ${what}: the server took too long.`,
        detail: 'Retry, or ask for less at once (fewer entities, a smaller depth).',
        action: 'retry',
      };
    case 'RATE_LIMITED': {
      const seconds = failure.retryAfterSeconds;
      return {
        title:
          seconds === undefined
            ? 'Too many requests: retry in a moment.'
            : `Too many requests: retry in ${seconds} s.`,
        detail: `The server limits how often it answers, so it did not ${what}. Wait a little, then retry.`,
        action: 'wait',
        ...(seconds === undefined ? {} : { waitSeconds: seconds }),
      };
    }
    case 'NOT_FOUND':
      return {
        title: `Could not ${what}: it is no longer in the graph.`,
        detail: 'The graph has changed since this view was drawn. Reset to the overview to start again.',
        action: 'reset',
      };
    case 'BAD_USER_INPUT':
      return {
        title: `Could not ${what}: the request is outside what the server accepts.`,
        detail: 'Something asked for is too long or out of range. Shorten or change it and try again.',
        action: 'none',
      };
    case 'TOO_LARGE':
      return {
        title: `Could not ${what}: it is too large.`,
        detail: 'The request or its answer is over the size the server allows. Ask for less at once.',
        action: 'none',
      };
    case 'GRAPHQL_VALIDATION_FAILED':
      return {
        title: `Could not ${what}: it asks for too much at once.`,
        detail: 'The server refuses requests that are too large or too costly. Ask for less at once.',
        action: 'none',
      };
    case 'UNAUTHENTICATED':
      return {
        title: 'Sign in to go on.',
        detail: `This server is for signed-in users only, so it would not ${what}.`,
        action: 'sign-in',
      };
    case 'FORBIDDEN':
      return {
        title: `You are not allowed to ${what}.`,
        detail: 'Your account’s role does not allow it. Sign in with an account that may (an editor’s).',
        action: 'sign-in',
      };
    case 'CONFLICT':
      return {
        title: `Could not ${what}: it changed in the meantime.`,
        detail: 'Someone saved a newer version first. Reload the page to see it, then try again.',
        action: 'reload',
      };
    case 'BAD_REQUEST':
    case 'GRAPHQL_PARSE_FAILED':
    case 'OPERATION_RESOLUTION_FAILURE':
    case 'PERSISTED_QUERY_NOT_SUPPORTED':
    case 'UNSUPPORTED_MEDIA_TYPE':
      return {
        title: `Could not ${what}: the server did not understand the page’s request.`,
        detail: 'This page may be out of date with the server. Reload it; if it happens again, report it.',
        action: 'reload',
      };
    case 'INTERNAL_SERVER_ERROR':
      return {
        title: `The server failed while trying to ${what}.`,
        detail: 'This is a fault on the server, not in what you did. Retry; if it happens again, report it.',
        action: 'retry',
      };
    case 'BAD_RESPONSE':
    case 'UNKNOWN':
      return {
        title: `Could not ${what}: the answer could not be read.`,
        detail: 'Something between the page and the server may have failed. Retry in a moment.',
        action: 'retry',
      };
    default:
      throw new UnreachableCaseError(code);
  }
}

/** Whether the action asks the same request again (a Retry button, at once or after the wait). */
export function offersRetry(explanation: Explanation): boolean {
  return explanation.action === 'retry' || explanation.action === 'wait';
}
