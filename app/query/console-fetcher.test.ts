import { describe, expect, it } from 'vitest';
import { createConsoleFetcher } from './console-fetcher';

interface Sent {
  url: string;
  init: RequestInit;
}

/** A stand-in for the network: records the request and answers `body` with `status`. */
function network(body: string, status = 200): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    fetch: async (input, init) => {
      sent.push({ url: String(input), init: init ?? {} });
      return new Response(body, { status });
    },
  };
}

describe('createConsoleFetcher', () => {
  it('POSTs the operation as JSON to the endpoint and returns the parsed answer', async () => {
    const net = network('{"data":{"stats":{"entityCount":24}}}');
    const fetcher = createConsoleFetcher('/api/graphql', net.fetch);
    const result = await fetcher({
      query: '{ stats { entityCount } }',
      operationName: null,
      variables: { a: 1 },
    });
    expect(result).toEqual({ data: { stats: { entityCount: 24 } } });
    expect(net.sent[0]?.url).toBe('/api/graphql');
    expect(net.sent[0]?.init.method).toBe('POST');
    expect(JSON.parse(String(net.sent[0]?.init.body))).toEqual({
      query: '{ stats { entityCount } }',
      variables: { a: 1 },
    });
  });

  it('sends JSON even when the headers editor says otherwise, and passes other headers on', async () => {
    const net = network('{"data":null}');
    const fetcher = createConsoleFetcher('/api/graphql', net.fetch);
    await fetcher(
      { query: '{ x }' },
      { headers: { 'Content-Type': 'text/plain', 'x-trace': 'abc', nested: { no: 1 } } },
    );
    const headers = new Headers(net.sent[0]?.init.headers);
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('x-trace')).toBe('abc');
    expect(headers.has('nested')).toBe(false);
  });

  it('returns GraphQL errors answered with an HTTP error status as they are', async () => {
    const body = '{"errors":[{"message":"Too many requests","extensions":{"code":"RATE_LIMITED"}}]}';
    const fetcher = createConsoleFetcher('/api/graphql', network(body, 429).fetch);
    expect(await fetcher({ query: '{ x }' })).toEqual(JSON.parse(body));
  });

  it('fails with the status and the start of the body when the answer is not JSON', async () => {
    const fetcher = createConsoleFetcher('/api/graphql', network('<html>Bad gateway</html>', 502).fetch);
    await expect(fetcher({ query: '{ x }' })).rejects.toThrow(
      'The API answered HTTP 502 with something that is not JSON: <html>Bad gateway</html>',
    );
  });
});
