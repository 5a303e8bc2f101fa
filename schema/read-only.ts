import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { ErrorCode } from './error-codes';
import { httpStatusOf } from './error-codes';

/**
 * The API only reads: the schema has no Mutation or Subscription type. graphql-js validates a `mutation`
 * or `subscription` against a missing root type without complaint and only fails when it comes to run it
 * ("Schema is not configured to execute mutation operation."), an error without a code that Apollo
 * would answer as a 200 INTERNAL_SERVER_ERROR, as if the server had broken. It is the client's mistake,
 * so it is refused here, once the operation is known and before anything runs: HTTP 400, BAD_REQUEST,
 * and a message that says what is served. (A GET is refused earlier by Apollo itself, with 405.)
 */
const BAD_REQUEST: ErrorCode = 'BAD_REQUEST';

export const readOnlyPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        // No operation (an unknown operationName): Apollo answers that itself, with 400.
        if (operation === undefined || operation.operation === 'query') return;
        throw new GraphQLError(
          `This API is read-only: only query operations are served, and this is a ${operation.operation}. Send a query (\`query { … }\` or \`{ … }\`).`,
          { extensions: { code: BAD_REQUEST, http: { status: httpStatusOf(BAD_REQUEST) } } },
        );
      },
    };
  },
};
