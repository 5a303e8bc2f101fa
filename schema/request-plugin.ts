import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphStore } from '../graph/store';
import type { GraphQLContext } from './context';
import type { ErrorCode } from './error-codes';
import { currentRequestScope } from './request-scope';

/**
 * The Apollo plugin that ties an operation to its HTTP request's scope (schema/request-scope.ts):
 *
 * - it records the operation's name for the request's log line.
 *
 * Stopping an operation that ran out of time is `stopsWhenOutOfTime`'s job, at the store rather than at
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

/**
 * The store as one request's resolvers see it: once the request is out of time, every further call fails
 * with TIMEOUT instead of starting. The HTTP handler has already answered 504 by then; without this, a
 * query that outlived its answer would go on asking the store for everything still to come. A call already
 * under way cannot be taken back, but nothing new is started.
 */
export function stopsWhenOutOfTime(store: GraphStore, signal: AbortSignal): GraphStore {
  return new Proxy(store, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        if (signal.aborted) throw timeoutError(null);
        return Reflect.apply(value, target, args);
      };
    },
  });
}

/**
 * Public: the error of an operation that ran out of time after `timeoutMs` (the HTTP handler answers it
 * with status 504).
 */
export function timeoutError(timeoutMs: number | null): GraphQLError {
  const limit = timeoutMs === null ? 'the time the server allows' : `${timeoutMs} ms`;
  return new GraphQLError(
    `The operation ran longer than ${limit} (NEWSGRAPH_GRAPHQL_TIMEOUT_MS) and was stopped; ask for less (a smaller depth, limit or first).`,
    { extensions: { code: 'TIMEOUT' satisfies ErrorCode } },
  );
}
