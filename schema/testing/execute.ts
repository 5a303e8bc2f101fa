import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { GraphQLContext } from '../context';
import { createContext } from '../context';
import type { GraphStore } from '../../graph/store';
import { isErrorCode } from '../error-codes';

/** One operation's answer, as a client would see it. */
export interface OperationResult<T> {
  data: T | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

/**
 * Test support: runs one operation through the real server with a fresh per-request context over `store`,
 * exactly as the HTTP route does for each request.
 */
export async function execute<T = Record<string, unknown>>(
  server: ApolloServer<GraphQLContext>,
  store: GraphStore,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<OperationResult<T>> {
  const response = await server.executeOperation<T>(
    { query, variables },
    { contextValue: createContext(store) },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single (non-incremental) result');
  return { data: response.body.singleResult.data, errors: response.body.singleResult.errors };
}

/**
 * The codes of the errors of a result, in order. A code missing from the catalogue (schema/error-codes.ts)
 * fails the test that reads it: every code the server sends must be there, with its status and message.
 */
export function codesOf(result: OperationResult<unknown>): unknown[] {
  return (result.errors ?? []).map((error) => catalogued(error.extensions?.code));
}

/** Test support: `code`, once it is known to be in the error catalogue (throws otherwise). */
export function catalogued(code: unknown): unknown {
  if (!isErrorCode(code)) throw new Error(`error code ${String(code)} is not in schema/error-codes.ts`);
  return code;
}
