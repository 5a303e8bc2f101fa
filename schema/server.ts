import { ApolloServer } from '@apollo/server';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphQLContext } from './context';
import { formatError } from './errors';
import { resolvers } from './resolvers';

/**
 * The SDL, read once at module load. From the project root rather than next to this module: once Next.js
 * has bundled the server, this module no longer sits beside the file, while the working directory (the
 * project root, or /app in the Docker image, which copies the file there) does.
 */
export const typeDefs = readFileSync(path.join(process.cwd(), 'schema', 'schema.graphql'), 'utf8');

/**
 * Builds the API's Apollo Server (public: used by app/api/graphql/route.ts and the tests). CSRF prevention
 * stays on (Apollo's default): a browser form or a simple GET cannot run an operation without a
 * preflighted header. Introspection stays on: the schema is public and the query console uses it.
 */
export function createApolloServer(): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
  });
}
