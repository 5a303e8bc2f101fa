import { ERROR_CODES, isErrorCode } from '@/schema/error-codes';
import type { ErrorCode } from '@/schema/error-codes';

/**
 * The browser's GraphQL client: one typed function over `fetch`. Every failure comes out as a
 * `GraphQLRequestError` whose `code` says what kind of failure it was, so the page can pick the right
 * message and offer a retry without parsing error strings. The codes are the server's, from the one
 * catalogue (schema/error-codes.ts), plus the three only the client can see.
 */

/** Codes the API puts in `errors[].extensions.code`, plus the ones only the client can see. */
export type GraphQLErrorCode =
  | ErrorCode
  /** The request never got an answer: the server is down or the network is. */
  | 'NETWORK_ERROR'
  /** An answer came back but it was not a GraphQL response (a proxy error page, a crash). */
  | 'BAD_RESPONSE'
  /** A code the catalogue does not know (a newer server, or something between us and it). */
  | 'UNKNOWN';

/** A failed GraphQL request. `code` is stable; `message` is for people. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  constructor(
    message: string,
    readonly code: GraphQLErrorCode,
    /** The HTTP status, when an answer came back. */
    readonly status?: number,
    /** Whole seconds to wait before asking again, when the answer said so (Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** True for the error an aborted request rejects with (a superseded search, an unmounted panel). */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * The statuses that mean the same whoever answered them (our server, a proxy, the platform): too large,
 * too many requests, unavailable, timed out. A bare 404, 403 or 500 page from something in between says
 * nothing about our API, so it stays BAD_RESPONSE.
 */
const STATUSES_WITH_ONE_MEANING: ReadonlySet<number> = new Set([413, 429, 503, 504]);

/** The catalogue's code of an answer with this HTTP status that carries no code of its own. */
export function codeOfStatus(status: number): ErrorCode | undefined {
  if (!STATUSES_WITH_ONE_MEANING.has(status)) return undefined;
  return (Object.keys(ERROR_CODES) as ErrorCode[]).find((code) => ERROR_CODES[code].status === status);
}

/** `Retry-After` in whole seconds (it may be seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterSeconds(headers: Headers, now: number = Date.now()): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (value === undefined || value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: unknown } }[];
}

export interface GqlOptions {
  signal?: AbortSignal;
  /** Defaults to the app's own API. */
  endpoint?: string;
}

/**
 * Public entry point: runs one GraphQL operation against `/api/graphql` and returns its `data`.
 * Sends a JSON POST (Apollo's CSRF prevention accepts it). Throws `GraphQLRequestError` when the network
 * fails, the answer is not GraphQL, or the answer carries errors (the first error's code wins); rethrows
 * the AbortError when `signal` aborts.
 */
export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  options: GqlOptions = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(options.endpoint ?? '/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
      signal: options.signal,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new GraphQLRequestError('The newsgraph server did not answer.', 'NETWORK_ERROR');
  }
  const retryAfter = retryAfterSeconds(response.headers);

  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new GraphQLRequestError(
      `The server answered HTTP ${response.status} without a GraphQL response.`,
      codeOfStatus(response.status) ?? 'BAD_RESPONSE',
      response.status,
      retryAfter,
    );
  }

  const first = body.errors?.[0];
  if (first !== undefined) {
    const code = first.extensions?.code;
    throw new GraphQLRequestError(
      first.message,
      isErrorCode(code) ? code : 'UNKNOWN',
      response.status,
      retryAfter,
    );
  }
  if (body.data === undefined || body.data === null) {
    throw new GraphQLRequestError('The server answered without data.', 'BAD_RESPONSE', response.status);
  }
  return body.data;
}
