import { UnreachableCaseError } from '@/graph/errors';
import { ERROR_CODES } from '@/schema/error-codes';
import type { GraphQLErrorCode, GraphQLRequestError } from './graphql-client';

/**
 * What the page tells a person when a request fails, by error code: what happened and what they can do.
 * `what` is the action that failed, as a verb phrase ("load the graph", "expand Nayib Bukele"). The
 * sentence for each of the server's codes comes from its catalogue (schema/error-codes.ts); the page adds
 * a headline naming what failed, and the server's own message where it says more precisely what to fix.
 */

/** A headline and a sentence or two of detail. */
export interface Explanation {
  title: string;
  detail: string;
}

/** The message for `error`, which happened while trying to do `what`. */
export function explainFailure(what: string, error: GraphQLRequestError): Explanation {
  const code: GraphQLErrorCode = error.code;
  switch (code) {
    case 'SERVICE_UNAVAILABLE':
      return {
        title: 'The graph store is unreachable.',
        detail: `The server is running but cannot reach its graph database, so it could not ${what}. Check that Neo4j (or the embedded store's data folder) is available, then retry.`,
      };
    case 'NETWORK_ERROR':
      return {
        title: 'The newsgraph server is not answering.',
        detail: `The page could not ${what} because the request never got an answer. Check that the server is running (npm start) and that you are online, then retry.`,
      };
    case 'NOT_FOUND':
      return {
        title: `Could not ${what}: it is no longer in the graph.`,
        detail: `${error.message} The graph may have been re-seeded; reset to the overview to start again.`,
      };
    case 'BAD_USER_INPUT':
      return { title: `Could not ${what}.`, detail: error.message };
    case 'RATE_LIMITED':
      return {
        title:
          error.retryAfterSeconds === undefined
            ? 'Too many requests: retry in a moment.'
            : `Too many requests: retry in ${error.retryAfterSeconds} s.`,
        detail: `The server is limiting how often it answers, so it did not ${what}. ${ERROR_CODES.RATE_LIMITED.message}`,
      };
    case 'TIMEOUT':
      return { title: `Could not ${what}: the server took too long.`, detail: ERROR_CODES.TIMEOUT.message };
    case 'TOO_LARGE':
      return { title: `Could not ${what}: it is too large.`, detail: ERROR_CODES.TOO_LARGE.message };
    case 'BAD_REQUEST':
    case 'GRAPHQL_PARSE_FAILED':
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'OPERATION_RESOLUTION_FAILURE':
    case 'PERSISTED_QUERY_NOT_SUPPORTED':
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'CONFLICT':
    case 'UNSUPPORTED_MEDIA_TYPE':
      return {
        title: `Could not ${what}: the server refused the request.`,
        detail: `${error.message} ${ERROR_CODES[code].message}`,
      };
    case 'UNAUTHENTICATED':
      return {
        title: 'Sign in to see this graph.',
        detail: `This server is for signed-in users only, so it would not ${what}. Sign in at /signin.`,
      };
    case 'INTERNAL_SERVER_ERROR':
    case 'BAD_RESPONSE':
    case 'UNKNOWN':
      return {
        title: `Something went wrong while trying to ${what}.`,
        detail: `${error.message} If it happens again, the server's log says more.`,
      };
    default:
      throw new UnreachableCaseError(code);
  }
}
