import { UnreachableCaseError } from '@/graph/errors';
import type { GraphQLErrorCode, GraphQLRequestError } from './graphql-client';

/**
 * What the page tells a person when a request fails, by error code: what happened and what they can do.
 * `what` is the action that failed, as a verb phrase ("load the graph", "expand Nayib Bukele").
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
    case 'RATE_LIMITED': {
      const wait = error.retryAfter === undefined ? 'a moment' : `${error.retryAfter} s`;
      return {
        title: `Too many requests: retry in ${wait}.`,
        detail: `The server limits how often one client (or one signed-in account) may ask, so it did not ${what} this time. Retry in ${wait}; signing in gives you a budget of your own.`,
      };
    }
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
