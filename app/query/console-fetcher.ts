import type { GraphiQLProps } from 'graphiql';

/**
 * How the GraphQL console talks to the API (public: app/query). GraphiQL's toolkit has a fetcher too, but
 * it also wires up subscriptions and multipart streams we do not serve; this one is a plain POST of JSON,
 * which is what /api/graphql expects (its CSRF prevention refuses other content types).
 */

type Fetcher = GraphiQLProps['fetcher'];
type FetcherParams = Parameters<Fetcher>[0];
type FetcherOptions = Parameters<Fetcher>[1];

const GRAPHQL_ENDPOINT = '/api/graphql';

export function createConsoleFetcher(
  endpoint: string = GRAPHQL_ENDPOINT,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Fetcher {
  return async (params: FetcherParams, options?: FetcherOptions) => {
    const headers = new Headers(stringHeaders(options?.headers));
    // Set (not appended) over the reader's own headers, whatever their case: the API answers JSON only.
    headers.set('content-type', 'application/json');
    headers.set('accept', 'application/graphql-response+json, application/json');
    const response = await fetchImpl(endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query: params.query,
        variables: params.variables ?? undefined,
        operationName: params.operationName ?? undefined,
      }),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as Awaited<ReturnType<Fetcher>>;
    } catch {
      // A proxy's error page or a cut connection: say what came back instead of a JSON parse error.
      throw new Error(
        `The API answered HTTP ${response.status} with something that is not JSON: ${text.slice(0, 200)}`,
      );
    }
  };
}

/** The headers editor's JSON, reduced to string values (fetch would turn an object into "[object Object]"). */
function stringHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      result[name] = String(value);
    }
  }
  return result;
}
