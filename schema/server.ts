import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { pino } from 'pino';
import type { ApiConfig } from './api-config';
import { apiConfig } from './api-config';
import { armorProtections } from './armor';
import type { GraphQLContext } from './context';
import { createErrorFormatter } from './errors';
import { jitGateway } from './executor';
import { readOnlyPlugin } from './read-only';
import { requestScopePlugin } from './request-plugin';
import { resolvers } from './resolvers';

/**
 * The SDL, read once at module load. From the project root rather than next to this module: once Next.js
 * has bundled the server, this module no longer sits beside the file, while the working directory (the
 * project root, or /app in the Docker image, which copies the file there) does.
 */
export const typeDefs = readFileSync(path.join(process.cwd(), 'schema', 'schema.graphql'), 'utf8');

export interface ApolloServerOptions {
  /** The GraphQL settings; by default the process's (schema/api-config.ts). */
  config?: ApiConfig;
  /**
   * Where errors outside an HTTP request's scope are logged; by default pino on stdout at info (the HTTP
   * handler passes the server's logger, at LOG_LEVEL).
   */
  logger?: Logger;
}

/**
 * Builds the API's Apollo Server (public: used by the GraphQL route's handler, the tests and the
 * benchmarks).
 *
 * - CSRF prevention stays on (Apollo's default, set explicitly so nobody turns it off by accident): a
 *   browser form or a simple GET cannot run an operation without a preflighted header.
 * - Introspection is on unless NEWSGRAPH_GRAPHQL_INTROSPECTION=false: the schema is public and the query
 *   console reads it.
 * - Operations over the limits of depth, aliases, directives, cost (schema/armor.ts) and tokens (graphql's
 *   own parser limit) are refused before they run. Batched requests (an array of operations in one body)
 *   are refused: they would multiply every limit, the rate limit included.
 * - Only queries are served: a mutation or subscription is a 400 BAD_REQUEST (schema/read-only.ts).
 * - Automatic persisted queries are off: the explorer never sends them, and a cache any client can fill is
 *   one more thing to bound. A request that carries one gets Apollo's standard answer,
 *   PERSISTED_QUERY_NOT_SUPPORTED, which tells an APQ client to send the full query instead.
 * - Unknown errors are masked, logged and tagged with the request id (schema/errors.ts); stack traces
 *   never leave the server.
 * - Operations run on graphql-jit (schema/executor.ts; NEWSGRAPH_GRAPHQL_EXECUTOR=graphql-js for Apollo's
 *   own graphql-js). Apollo keeps parsed and validated documents in its document cache either way.
 * - No landing page: Apollo's would load its Sandbox from Apollo's CDN, which the API's
 *   Content-Security-Policy forbids and a newsroom's network should not be asked to reach.
 */
export function createApolloServer(options: ApolloServerOptions = {}): ApolloServer<GraphQLContext> {
  const config = options.config ?? apiConfig();
  const logger = options.logger ?? pino();
  const armor = armorProtections(config, typeDefs);
  // graphql-jit runs through Apollo's gateway hook (schema/executor.ts); graphql-js is Apollo's own.
  const executable =
    config.executor === 'jit'
      ? { gateway: jitGateway(makeExecutableSchema({ typeDefs, resolvers }), typeDefs) }
      : { typeDefs, resolvers };
  return new ApolloServer<GraphQLContext>({
    ...executable,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: armor.validationRules,
    plugins: [
      readOnlyPlugin,
      ...armor.plugins,
      requestScopePlugin,
      ApolloServerPluginLandingPageDisabled(),
      // We set no cache hints and no proxy reads them; the plugin Apollo installs by default would still
      // hook every field of every answer (a fifth of a 1,000-edge neighbourhood's time).
      ApolloServerPluginCacheControlDisabled(),
    ],
    logger: apolloLogger(logger),
  });
}

/** Apollo's own messages (start-up failures, plugin errors) go to the same structured log. */
function apolloLogger(logger: Logger) {
  const child = logger.child({ component: 'apollo' });
  return {
    debug: (message: unknown) => child.debug(String(message)),
    info: (message: unknown) => child.info(String(message)),
    warn: (message: unknown) => child.warn(String(message)),
    error: (message: unknown) => child.error(String(message)),
  };
}
