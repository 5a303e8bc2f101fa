import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { GET, POST } from '@/app/api/graphql/route';
import { getLogger } from '../logger';
import { API_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './security-headers';

/**
 * `GET` and `POST /api/graphql` straight to the route's own handlers (app/api/graphql/route.ts), without
 * Next's router, for our server (server.ts, what `npm start` runs).
 *
 * Why: a small GraphQL request's own work (Apollo's pipeline, graphql-jit, the store) is well under a
 * millisecond, and Next's routing of it (its router server, its route matching, its tracing and its
 * wrapping of the request and answer) cost about as much again; at 16 clients on 2 cores every millisecond
 * of a request's CPU is ~8-16 ms of waiting (README, Performance).
 *
 * What Next did for this route is done here the same way, so the answer is the one Next gave:
 * - the security headers and the API's Content-Security-Policy of next.config.ts (the same constants);
 * - compression, with the same middleware Next uses (its compiled copy of `compression`), for a client
 *   that accepts gzip;
 * - the handlers are the route's exports, so everything they do is unchanged: the request scope and id,
 *   the rate limit, the read guard (NEWSGRAPH_READ_ACCESS=login), the body limit, the time limit, the
 *   log line, Apollo with its CSRF prevention, the answer cache.
 * - proxy.ts (Next's middleware) has nothing to do for /api/ (its matcher leaves the API out), and the
 *   configuration is checked at start by instrumentation.ts before this module is loaded (server.ts loads
 *   it after Next is prepared).
 * Every other method (HEAD, OPTIONS: Next answers those for a route) and every other path go to Next.
 *
 * The store, the logger, the sessions and the rest of what the process holds are kept on globalThis
 * (app/server/store.ts and its siblings), so this module and Next's bundle of the app, two copies of the
 * same modules, share them: the store is opened once per process.
 */

export const GRAPHQL_PATH = '/api/graphql';

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
// Next's own copy of `compression` (what its router applies to every answer), with its defaults.
const compress = (createRequire(import.meta.url)('next/dist/compiled/compression') as () => Middleware)();

/**
 * Public (server.ts): serves `request` if it is GET or POST /api/graphql and says true; false leaves it to
 * Next. `origin` is the server's own (a Web Request needs an absolute URL; only its query is read).
 */
export function serveGraphQLDirectly(
  request: IncomingMessage,
  response: ServerResponse,
  origin: string,
): boolean {
  const handler = request.method === 'POST' ? POST : request.method === 'GET' ? GET : undefined;
  if (handler === undefined || !isGraphQLPath(request.url)) return false;
  compress(request, response, () => {});
  void handler(toWebRequest(request, origin)).then(
    (answer) => send(answer, response),
    (error: unknown) => {
      // The handlers answer their own failures; reaching here is a bug, answered as Next would: 500.
      getLogger().error({ err: error }, 'GraphQL: the handler failed outside its own error handling');
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    },
  );
  return true;
}

function isGraphQLPath(url: string | undefined): boolean {
  if (url === undefined || !url.startsWith(GRAPHQL_PATH)) return false;
  const rest = url.slice(GRAPHQL_PATH.length);
  return rest === '' || rest.startsWith('?');
}

function toWebRequest(request: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (value !== undefined) for (const each of value) headers.append(name, each);
  }
  const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers };
  if (request.method === 'POST') {
    init.body = bodyOf(request);
    init.duplex = 'half';
  }
  return new Request(`${origin}${request.url ?? GRAPHQL_PATH}`, init);
}

/**
 * The request's body as a Web stream that reads only when the handler asks (Readable.toWeb starts the
 * flow at once). A body the handler refuses unread (413 from Content-Length) or stops reading (413 while
 * streaming) is left to Node, which discards the rest once the answer is sent, as it does for Next.
 */
function bodyOf(request: IncomingMessage): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      pull: (controller) =>
        new Promise<void>((resolve, reject) => {
          const done = () => {
            request.off('readable', next);
            request.off('end', ended);
            request.off('error', failed);
          };
          const next = () => {
            const chunk = request.read() as Buffer | null;
            if (chunk === null) return;
            done();
            controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            resolve();
          };
          const ended = () => {
            done();
            controller.close();
            resolve();
          };
          const failed = (error: Error) => {
            done();
            reject(error);
          };
          if (request.readableEnded) {
            ended();
            return;
          }
          request.on('readable', next);
          request.once('end', ended);
          request.once('error', failed);
        }),
      cancel: () => {
        request.resume();
      },
    },
    { highWaterMark: 0 },
  );
}

async function send(answer: Response, response: ServerResponse): Promise<void> {
  response.statusCode = answer.status;
  for (const { key, value } of SECURITY_HEADERS) response.setHeader(key, value);
  response.setHeader('Content-Security-Policy', API_CONTENT_SECURITY_POLICY);
  answer.headers.forEach((value, name) => {
    if (name !== 'set-cookie') response.setHeader(name, value);
  });
  const cookies = answer.headers.getSetCookie();
  if (cookies.length > 0) response.setHeader('set-cookie', cookies);
  if (answer.body === null) {
    response.end();
    return;
  }
  const reader = answer.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (response.destroyed) {
      await reader.cancel();
      return;
    }
    // Backpressure: a slow client's socket buffer is let drain before the next chunk.
    if (!response.write(value)) await drained(response);
  }
  response.end();
}

/** Resolves when `response` can take more, or is closed (a client gone away never drains). */
function drained(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.once('drain', done);
    response.once('close', done);
  });
}
