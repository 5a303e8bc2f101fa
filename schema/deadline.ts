import { GraphQLError } from 'graphql';
import type { GraphStore } from '../graph/store';
import type { ErrorCode } from './error-codes';

/**
 * The store as one request's resolvers see it: once the request is out of time (the HTTP layer's time
 * limit, app/server/http/timeout.ts, aborts `signal`), every further call fails with TIMEOUT instead of
 * starting. The HTTP handler has already answered 504 by then; without this, a query that outlived its
 * answer would go on asking the store for everything still to come. A call already under way cannot be
 * taken back, but nothing new is started.
 */
export function stopsWhenOutOfTime(store: GraphStore, signal: AbortSignal): GraphStore {
  return new Proxy(store, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        if (signal.aborted) throw outOfTime();
        return Reflect.apply(value, target, args);
      };
    },
  });
}

/**
 * The error of a store call refused for want of time. No client reads it (the request was answered 504
 * already); its code keeps it out of the log of unexpected errors.
 */
function outOfTime(): GraphQLError {
  return new GraphQLError(
    'The request ran out of time and was answered; nothing more is read from the store.',
    {
      extensions: { code: 'TIMEOUT' satisfies ErrorCode },
    },
  );
}
