import type { ApolloServer, HTTPGraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { Logger } from 'pino';
import type { GraphStore } from '@/graph/store';
import type { ApiConfig } from '@/schema/api-config';
import { apiConfig } from '@/schema/api-config';
import type { GraphQLContext } from '@/schema/context';
import { createRequestContext } from '@/schema/context';
import type { ErrorCode } from '@/schema/error-codes';
import { INTERNAL_ERROR_MESSAGE, httpStatusOf } from '@/schema/error-codes';
import type { RequestScope } from '@/schema/request-scope';
import { createApolloServer } from '@/schema/server';
import type { CachedAnswer } from './answer-cache';
import { AnswerCache } from './answer-cache';
import { readBoundedText } from './http/bounded-body';
import type { HttpConfig } from './http/config';
import { httpConfig } from './http/config';
import { inRequestScope } from './http/request-scope';
import { timeoutMessage, withTimeout } from './http/timeout';
import { getLogger } from './logger';

/**
 * `/api/graphql` over HTTP: Apollo Server's `executeHTTPGraphQLRequest`, with what an exposed server needs
 * around it:
 *
 * - a request id for every request (`x-request-id` on the answer, on every log line, and in masked
 *   errors' `extensions.requestId`);
 * - a body size limit (413 TOO_LARGE past NEWSGRAPH_GRAPHQL_MAX_BODY_BYTES, read no further);
 * - a time limit (504 TIMEOUT past NEWSGRAPH_GRAPHQL_TIMEOUT_MS; the operation stops resolving fields);
 * - one structured log line per request: id, operation name, status, duration, error codes;
 * - answers to repeated reads of unchanged data from a small cache (app/server/answer-cache.ts).
 *
 * It calls Apollo directly instead of through @as-integrations/next, whose only job is turning the Request
 * into Apollo's shape: that integration reads JSON only for a Content-Type of exactly `application/json`
 * (so `application/json; charset=utf-8` failed), and reads the body without a size limit.
 */

export interface GraphQLHandlerOptions {
  getStore: () => Promise<GraphStore>;
  /** The GraphQL settings; by default the process's (schema/api-config.ts). */
  api?: ApiConfig;
  /** The HTTP settings (body size, time limit, proxy); by default the process's (app/server/http/config.ts). */
  http?: HttpConfig;
  /** By default the process's logger (app/server/logger.ts). */
  logger?: Logger;
}

export type GraphQLHandler = (request: Request) => Promise<Response>;

/** Public: the handler of GET and POST /api/graphql (used by the route and the tests). */
export function createGraphQLHandler(options: GraphQLHandlerOptions): GraphQLHandler {
  const config = options.http ?? httpConfig();
  const logger = options.logger ?? getLogger();
  const api = options.api ?? apiConfig();
  const server = createApolloServer({ config: api, logger });
  server.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();
  const cache = new AnswerCache(api.answerCacheChars);

  return (request) =>
    inRequestScope(
      request,
      async (scope) => {
        const started = performance.now();
        const response = await withTimeout(
          config.timeoutMs,
          scope,
          () => answer(request, { server, config, cache, getStore: options.getStore }, scope),
          () => edgeError(scope, 'TIMEOUT', timeoutMessage(config.timeoutMs)),
        );
        logRequest(scope, request, response.status, performance.now() - started);
        return response;
      },
      { logger, trustProxy: config.trustProxy },
    );
}

interface Answering {
  server: ApolloServer<GraphQLContext>;
  config: HttpConfig;
  cache: AnswerCache;
  getStore: () => Promise<GraphStore>;
}

async function answer(request: Request, answering: Answering, scope: RequestScope): Promise<Response> {
  const { server, config, cache, getStore } = answering;
  try {
    let body: unknown = undefined;
    // The body text of a JSON POST: what a repeated read is recognised by.
    let cacheKey: string | null = null;
    if (request.method === 'POST') {
      const read = await readBoundedText(request, config.maxBodyBytes);
      if (read.kind === 'too-large') {
        return edgeError(scope, 'TOO_LARGE', tooLargeMessage(config.maxBodyBytes));
      }
      const parsed = parseBody(request.headers.get('content-type'), read.text);
      if (parsed.kind === 'invalid') return edgeError(scope, 'BAD_REQUEST', parsed.message);
      body = parsed.body;
      if (parsed.json && cache.enabled) cacheKey = read.text;
    }
    const version = cacheKey === null ? null : await dataVersion(getStore);
    if (cacheKey !== null && version !== null) {
      const hit = cache.get(version, cacheKey);
      if (hit !== undefined) return fromCache(hit, scope);
    }
    const result = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: request.method,
        headers: headerMap(request.headers),
        search: new URL(request.url).search,
        body,
      },
      context: () => createRequestContext(getStore),
    });
    if (cacheKey !== null && version !== null && isClean(result, scope)) {
      // Kept only if no write landed while it was made: then it is the answer of that version.
      if ((await dataVersion(getStore)) === version) {
        cache.set(version, cacheKey, {
          body: result.body.string,
          headers: [...result.headers],
          operationName: scope.trace.operationName,
        });
      }
    }
    return toResponse(result);
  } catch (error) {
    // Apollo answers its own failures; reaching here is a bug of ours, so it is logged and masked.
    scope.logger.error({ err: error }, 'GraphQL: unexpected error outside the operation');
    return edgeError(scope, 'INTERNAL_SERVER_ERROR', INTERNAL_ERROR_MESSAGE);
  }
}

/** The store's data version, or null when it names none or cannot be reached (Apollo then says why). */
async function dataVersion(getStore: () => Promise<GraphStore>): Promise<string | null> {
  try {
    return await (await getStore()).dataVersion();
  } catch {
    return null;
  }
}

/** A complete answer with status 200 and no error at all (formatError counted none). */
function isClean(
  result: HTTPGraphQLResponse,
  scope: RequestScope,
): result is HTTPGraphQLResponse & { body: { kind: 'complete'; string: string } } {
  return (
    (result.status ?? 200) === 200 && result.body.kind === 'complete' && scope.trace.errorCodes.length === 0
  );
}

function fromCache(hit: CachedAnswer, scope: RequestScope): Response {
  scope.trace.operationName = hit.operationName;
  return new Response(hit.body, { status: 200, headers: new Headers(hit.headers) });
}

type ParsedBody = { kind: 'parsed'; body: unknown; json: boolean } | { kind: 'invalid'; message: string };

/**
 * JSON bodies are parsed here; any other body goes to Apollo as text, which refuses it (as a request its
 * CSRF prevention must stop, or as a body that is not a GraphQL request).
 */
function parseBody(contentType: string | null, text: string): ParsedBody {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') return { kind: 'parsed', body: text, json: false };
  try {
    return { kind: 'parsed', body: JSON.parse(text) as unknown, json: true };
  } catch {
    return {
      kind: 'invalid',
      message:
        'The body is not valid JSON; send {"query": "…", "variables": {…}} with Content-Type application/json.',
    };
  }
}

function headerMap(headers: Headers): HeaderMap {
  const map = new HeaderMap();
  // Headers iterates lowercased names, with repeated headers already joined by ", ".
  headers.forEach((value, name) => map.set(name, value));
  return map;
}

function toResponse(result: HTTPGraphQLResponse): Response {
  const headers = new Headers([...result.headers]);
  const status = result.status ?? 200;
  if (result.body.kind === 'complete') return new Response(result.body.string, { status, headers });
  const chunks = result.body.asyncIterator;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
  });
  return new Response(stream, { status, headers });
}

/**
 * An error answered before or instead of Apollo's, in GraphQL's shape, with the request's id and the
 * status the catalogue gives its code.
 */
function edgeError(scope: RequestScope, code: ErrorCode, message: string): Response {
  scope.trace.errorCodes.push(code);
  return Response.json(
    { errors: [{ message, extensions: { code, requestId: scope.requestId } }] },
    { status: httpStatusOf(code), headers: { 'Cache-Control': 'no-store' } },
  );
}

function tooLargeMessage(maxBytes: number): string {
  return `The request body is over the limit of ${maxBytes} bytes (NEWSGRAPH_GRAPHQL_MAX_BODY_BYTES); send a shorter query or fewer variables.`;
}

/** The request's one log line; an answer the server failed to give (5xx) is logged as an error. */
function logRequest(scope: RequestScope, request: Request, status: number, durationMs: number): void {
  const { operationName, errorCodes } = scope.trace;
  const line = {
    method: request.method,
    operationName,
    status,
    durationMs: Math.round(durationMs * 10) / 10,
    outcome: errorCodes.length === 0 ? 'ok' : 'error',
    errorCodes,
  };
  if (status >= 500) scope.logger.error(line, 'graphql request');
  else scope.logger.info(line, 'graphql request');
}
