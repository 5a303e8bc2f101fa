import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationContext, ValidationRule } from 'graphql';
import { GraphQLError } from 'graphql';
import type { ApiConfig } from './api-config';
import { costLimitPlugin } from './cost-limit';
import type { ErrorCode } from './error-codes';

/**
 * The limits on an operation's shape, by GraphQL Armor: depth, aliases, directives and estimated cost, and
 * (in production) no field suggestions. An operation over a limit is refused before a resolver runs:
 * HTTP 400, code GRAPHQL_VALIDATION_FAILED, and a message that names the limit and what was found
 * ("Query depth limit of 6 exceeded, found 9.").
 *
 * Depth, aliases and directives run as validation rules. The cost estimate runs once the variables are
 * known (schema/cost-limit.ts), so that a list size passed as a variable (`first: $n`) or left to its
 * default counts as much as the same number written in the query; Armor's validation rule alone would
 * score both as a list of one.
 *
 * Two of Armor's pieces are left out on purpose:
 * - its token limit, which throws from a parsing hook and so reaches the client as an HTTP 500; graphql-js
 *   has the same limit built into its parser (`parseOptions.maxTokens`, wired in schema/server.ts), which
 *   fails as a syntax error: HTTP 400, GRAPHQL_PARSE_FAILED;
 * - its default rejection reporter, which prefixes every message with "Syntax Error: " although nothing is
 *   wrong with the syntax; ours reports the same error without the prefix.
 *
 * Introspection's own nesting (the standard introspection query is 21 levels deep and "costs" 87,000) is
 * not counted against depth and cost, so the query console keeps working with the limits on.
 */
export function armorProtections(
  config: ApiConfig,
  typeDefs: string,
): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
} {
  const reject = { propagateOnRejection: false, onReject: [reportWithoutPrefix] };
  const off = { enabled: false };
  const { limits } = config;
  const shape = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, ...reject },
    maxAliases: { n: limits.maxAliases, ...reject },
    maxDirectives: { n: limits.maxDirectives, ...reject },
    costLimit: off,
    maxTokens: off,
    blockFieldSuggestion: { enabled: !config.fieldSuggestions },
  }).protect();
  const cost = new ApolloArmor({
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, ...reject },
    maxDepth: off,
    maxAliases: off,
    maxDirectives: off,
    maxTokens: off,
    blockFieldSuggestion: off,
  }).protect();
  return {
    plugins: [...shape.plugins, costLimitPlugin(cost.validationRules, typeDefs)],
    validationRules: shape.validationRules,
  };
}

function reportWithoutPrefix(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' satisfies ErrorCode },
    }),
  );
}
