/**
 * Every error code newsgraph's server can send, in one table: the code (what a client switches on), the
 * HTTP status it is answered with, and a sentence for people (what the page may show when it has nothing
 * better; the server's own message, when there is one, says more precisely what to fix).
 *
 * Where the codes come from:
 * - our domain's errors that a caller can act on (graph/errors.ts: BAD_USER_INPUT, NOT_FOUND,
 *   SERVICE_UNAVAILABLE), answered by GraphQL (schema/errors.ts) and the REST routes alike;
 * - Apollo Server's own (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_REQUEST, ...), which keep
 *   the status Apollo gives them;
 * - the HTTP edge's (TOO_LARGE, TIMEOUT, RATE_LIMITED, FORBIDDEN, UNSUPPORTED_MEDIA_TYPE), answered
 *   before or instead of Apollo and by the REST routes (app/server/);
 * - sign-in and roles (UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED for failed sign-ins; app/server/auth/).
 *
 * `status` is the status of an answer that carries this error alone: every REST error, every error the
 * GraphQL edge answers itself, and Apollo's request errors. Two exceptions come from GraphQL itself: an
 * error raised while resolving a field (NOT_FOUND, BAD_USER_INPUT of an argument, SERVICE_UNAVAILABLE)
 * rides in a 200 answer beside whatever data could be read, and Apollo answers a mutation sent by GET
 * with 405 BAD_REQUEST.
 *
 * Plain data with no imports: the explorer imports this file too, and it must pull neither zod nor any
 * Node module into the browser bundle (schema/error-codes.test.ts checks).
 */

export interface ErrorCodeEntry {
  /** The HTTP status of an answer that carries this error alone (see above). */
  readonly status: number;
  /** For people: what happened and what they can do, in a sentence or two. */
  readonly message: string;
}

export const ERROR_CODES = {
  BAD_USER_INPUT: {
    status: 400,
    message: 'Something in the request is out of range or malformed; the message says what to change.',
  },
  BAD_REQUEST: {
    status: 400,
    message:
      'The request is not one this API serves (it only reads, and takes GraphQL as JSON); the message says what to send instead.',
  },
  GRAPHQL_PARSE_FAILED: {
    status: 400,
    message: 'The GraphQL query could not be read (a syntax error, or more tokens than the server allows).',
  },
  GRAPHQL_VALIDATION_FAILED: {
    status: 400,
    message:
      'The GraphQL query does not fit the schema or asks for too much at once (too deep, too many fields or too costly).',
  },
  OPERATION_RESOLUTION_FAILURE: {
    status: 400,
    message: 'The request names an operation its query does not contain (operationName).',
  },
  PERSISTED_QUERY_NOT_SUPPORTED: {
    status: 400,
    message: 'This server does not take persisted queries; send the full query.',
  },
  UNAUTHENTICATED: {
    status: 401,
    message: 'Nobody is signed in (or the name or password is wrong); sign in to go on.',
  },
  FORBIDDEN: {
    status: 403,
    message:
      'Refused: the signed-in account’s role does not allow it (editors change the graph), or the request lacks the header that proves it came from this app.',
  },
  NOT_FOUND: {
    status: 404,
    message: 'It is no longer in the graph; the graph may have been re-seeded or changed.',
  },
  CONFLICT: {
    status: 409,
    message:
      'It changed since it was loaded (another tab or another reviewer saved first); reload it and try again.',
  },
  TOO_LARGE: {
    status: 413,
    message: 'The request or its answer is over the size the server allows; ask for less or split it.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    message: 'The request body is of a type this route does not take.',
  },
  RATE_LIMITED: {
    status: 429,
    message: 'Too many requests in a short time; wait a moment and try again.',
  },
  INTERNAL_SERVER_ERROR: {
    status: 500,
    message: "Something went wrong on the server; if it happens again, the server's log says more.",
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    message:
      'The server is running but cannot reach its graph store (Neo4j, or the embedded store’s data folder); retry once it is back.',
  },
  TIMEOUT: {
    status: 504,
    message: 'The server took too long and stopped; ask for less (a smaller depth or limit) or try again.',
  },
} as const satisfies Record<string, ErrorCodeEntry>;

/** A code the server can send. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** The message of every masked error (the details stay in the server's log, under the request's id). */
export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/** Whether `value` is one of the server's codes (a client reading an answer uses this). */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, value);
}

/** The HTTP status an answer with this error alone carries. */
export function httpStatusOf(code: ErrorCode): number {
  return ERROR_CODES[code].status;
}
