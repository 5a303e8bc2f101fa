import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { NewsgraphError } from '../graph/errors';
import type { ErrorCode } from './error-codes';
import { INTERNAL_ERROR_MESSAGE, isErrorCode } from './error-codes';
import { currentRequestScope } from './request-scope';

/**
 * How errors leave the API. Our own errors that a caller can act on keep their code (BAD_USER_INPUT,
 * NOT_FOUND, SERVICE_UNAVAILABLE: the domain's codes that are in the catalogue, schema/error-codes.ts) and message, which say what was wrong and how to fix it. GraphQL's own
 * errors (parse, validation, variable coercion, the limits of schema/armor.ts) keep the codes Apollo gave
 * them, and the few that graphql-js raises for a client's mistake without a code get one (CLIENT_MISTAKES).
 * Everything else is a bug or a leak waiting to happen (driver messages name hosts and users), so it
 * is logged here, on the server, with the request's id, and the client sees only "Internal server error"
 * and that id, to quote when asking what went wrong.
 */

/**
 * Whether a domain error's code is one a client may see: those in the catalogue (schema/error-codes.ts).
 * INVALID_DATA is not: it is a broken data file, the operator's business.
 */
function isPublic(error: NewsgraphError): boolean {
  return isErrorCode(error.code);
}

/**
 * Builds Apollo's `formatError` hook (public: wired in schema/server.ts). `formatted` is what Apollo would
 * send; `error` is the thrown value, usually a GraphQLError wrapping what a resolver or the context threw.
 * Unknown errors are logged with the current request's logger, or with `fallbackLogger` outside a request
 * (an `executeOperation` call).
 */
export function createErrorFormatter(fallbackLogger: Logger) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const scope = currentRequestScope();
    const answer = format(formatted, error, scope?.logger ?? fallbackLogger, scope?.requestId);
    scope?.trace.errorCodes.push(String(answer.extensions?.code ?? 'UNKNOWN'));
    return answer;
  };
}

function format(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
  requestId: string | undefined,
): GraphQLFormattedError {
  const original = originalOf(error);
  if (original instanceof NewsgraphError && isPublic(original)) {
    return {
      ...formatted,
      message: original.message,
      extensions: { ...formatted.extensions, code: original.code },
    };
  }
  if (isGraphQLError(original) && !isInternal(formatted)) {
    return formatted;
  }
  const mistake = isGraphQLError(original) ? clientMistakeCode(original.message) : undefined;
  if (mistake !== undefined) {
    return { ...formatted, extensions: { ...formatted.extensions, code: mistake } };
  }
  logger.error({ err: original, path: formatted.path }, 'GraphQL: unexpected error');
  return {
    message: INTERNAL_ERROR_MESSAGE,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: {
      code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode,
      ...(requestId === undefined ? {} : { requestId }),
    },
  };
}

/**
 * Errors graphql-js raises, without a code, for something the client sent: Apollo gives them no code of
 * their own, so they would arrive here as INTERNAL_SERVER_ERROR and be masked as if the server had broken.
 * Told by graphql-js's own message, as Apollo itself tells its variable errors apart
 * (`isBadUserInputGraphQLError`); a test per entry keeps the match honest across graphql upgrades.
 *
 * - "Too many errors processing variables, error limit reached. Execution aborted.": the 51st bad
 *   variable value; the 50 before it already came back as BAD_USER_INPUT.
 */
const CLIENT_MISTAKES: readonly (readonly [RegExp, ErrorCode])[] = [
  [/^Too many errors processing variables\b/, 'BAD_USER_INPUT'],
];

function clientMistakeCode(message: string): ErrorCode | undefined {
  return CLIENT_MISTAKES.find(([pattern]) => pattern.test(message))?.[1];
}

/**
 * The value that was really thrown. Apollo's `unwrapResolverError` only unwraps errors with a `path`, but
 * a failing context function (e.g. a store that cannot start) arrives wrapped without one.
 *
 * Duck-typed rather than `instanceof GraphQLError`: graphql ships CommonJS and ESM builds, and Apollo (run
 * by Node) and our code (run through a bundler or Vite) can load different ones, whose classes differ.
 */
function originalOf(error: unknown): unknown {
  let current = error;
  while (isGraphQLError(current) && current.originalError != null) current = current.originalError;
  return current;
}

/**
 * A GraphQLError of either build of graphql, or of a subclass (Apollo's ValidationError, SyntaxError, ...).
 * Told by graphql's own `Symbol.toStringTag`, a string literal that minifiers leave alone (class names
 * they may not).
 */
function isGraphQLError(value: unknown): value is Error & { originalError?: unknown } {
  return value instanceof Error && Object.prototype.toString.call(value) === '[object GraphQLError]';
}

/**
 * GraphQL-js reports some of its own failures as INTERNAL_SERVER_ERROR (e.g. a null in a non-null field);
 * those are ours to look at, not the client's, so they are logged and masked like any other.
 */
function isInternal(formatted: GraphQLFormattedError): boolean {
  return formatted.extensions?.code === ('INTERNAL_SERVER_ERROR' satisfies ErrorCode);
}
