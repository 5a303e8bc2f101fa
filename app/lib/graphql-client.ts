/**
 * The browser's GraphQL client: one typed function over `fetch`. Every failure comes out as a
 * `GraphQLRequestError` whose `code` says what kind of failure it was, so the page can pick the right
 * message and offer a retry without parsing error strings.
 */

/** Codes the API puts in `errors[].extensions.code`, plus the ones only the client can see. */
export type GraphQLErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  /** Too many requests from this client (or account); `retryAfter` says how long to wait. */
  | 'RATE_LIMITED'
  /** NEWSGRAPH_READ_ACCESS=login and nobody is signed in. */
  | 'UNAUTHENTICATED'
  /** The request never got an answer: the server is down or the network is. */
  | 'NETWORK_ERROR'
  /** An answer came back but it was not a GraphQL response (a proxy error page, a crash). */
  | 'BAD_RESPONSE'
  /** Any other code the server sent (e.g. GRAPHQL_VALIDATION_FAILED). */
  | 'UNKNOWN';

const KNOWN_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'RATE_LIMITED',
  'UNAUTHENTICATED',
]);

/** A failed GraphQL request. `code` is stable; `message` is for people. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  constructor(
    message: string,
    readonly code: GraphQLErrorCode,
    /** The HTTP status, when an answer came back. */
    readonly status?: number,
    /** For RATE_LIMITED: whole seconds to wait (the answer's Retry-After). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** True for the error an aborted request rejects with (a superseded search, an unmounted panel). */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
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

  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new GraphQLRequestError(
      `The server answered HTTP ${response.status} without a GraphQL response.`,
      response.status === 503 ? 'SERVICE_UNAVAILABLE' : 'BAD_RESPONSE',
      response.status,
    );
  }

  const first = body.errors?.[0];
  if (first !== undefined) {
    const code = first.extensions?.code;
    const known = typeof code === 'string' && KNOWN_CODES.has(code) ? (code as GraphQLErrorCode) : 'UNKNOWN';
    const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
    throw new GraphQLRequestError(
      first.message,
      known,
      response.status,
      Number.isFinite(retryAfter) ? retryAfter : undefined,
    );
  }
  if (body.data === undefined || body.data === null) {
    throw new GraphQLRequestError('The server answered without data.', 'BAD_RESPONSE', response.status);
  }
  return body.data;
}
