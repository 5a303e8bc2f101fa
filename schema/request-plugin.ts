import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './context';
import { currentRequestScope } from './request-scope';

/**
 * The Apollo plugin that ties an operation to its HTTP request's scope (schema/request-scope.ts):
 *
 * - it records the operation's name for the request's log line.
 *
 * Stopping an operation that ran out of time is `stopsWhenOutOfTime`'s job (schema/deadline.ts), at the store rather than at
 * every field: a `willResolveField` hook here made Apollo wrap and call into every field of every edge, which
 * cost a 1,000-edge neighbourhood more than its store call.
 */
export const requestScopePlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    const scope = currentRequestScope();
    if (scope === undefined) return;
    return {
      async didResolveOperation({ operationName }) {
        scope.trace.operationName = operationName ?? null;
      },
    };
  },
};
