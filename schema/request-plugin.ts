import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from './context';
import { EdgeErrorCode } from './errors';
import { currentRequestScope } from './request-scope';

/**
 * The Apollo plugin that ties an operation to its HTTP request's scope (schema/request-scope.ts):
 *
 * - it records the operation's name for the request's log line;
 * - it stops resolving once the request is out of time. The HTTP handler has already answered 504 TIMEOUT
 *   by then; without this, a query that outlived its answer would go on asking the store for every field
 *   still to come. A store call already under way cannot be taken back, but nothing new is started.
 */
export const requestScopePlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    const scope = currentRequestScope();
    if (scope === undefined) return;
    return {
      async didResolveOperation({ operationName }) {
        scope.trace.operationName = operationName ?? null;
      },
      async executionDidStart() {
        return {
          willResolveField() {
            if (scope.signal.aborted) throw timeoutError(null);
          },
        };
      },
    };
  },
};

/**
 * Public: the error of an operation that ran out of time after `timeoutMs` (the HTTP handler answers it
 * with status 504).
 */
export function timeoutError(timeoutMs: number | null): GraphQLError {
  const limit = timeoutMs === null ? 'the time the server allows' : `${timeoutMs} ms`;
  return new GraphQLError(
    `The operation ran longer than ${limit} (NEWSGRAPH_GRAPHQL_TIMEOUT_MS) and was stopped; ask for less (a smaller depth, limit or first).`,
    { extensions: { code: EdgeErrorCode.TIMEOUT } },
  );
}
