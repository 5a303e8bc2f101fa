/**
 * newsgraph's HTTP server, what `npm start` runs: Next's request handler inside a small Node server of
 * ours (Next's documented custom server), for what `next start` cannot do.
 *
 * 1. The caller's address. A route handler gets a Web Request with no socket address, so this server
 *    removes any `x-newsgraph-client-address` header the client sent and sets it to the socket's remote
 *    address, and marks the process as served this way; the rate limits then give each client its own
 *    budget (app/server/client-address.ts). A client cannot forge it: whatever it sends is replaced.
 * 2. The one-time local sign-in link. At start it prints a link that signs the person who started the
 *    server in as the editor `local`, once (app/server/auth/local-link.ts), as Jupyter prints its token
 *    URL. NEWSGRAPH_LOCAL_LINK=off turns it off.
 *
 * 3. Several processes. With NEWSGRAPH_PROCESSES above 1 (by default one per core over Neo4j, one over the
 *    embedded store: app/server/http/config.ts) this process forks that many workers with Node's cluster
 *    module and each serves the app on the same port (app/server/cluster.ts says what they share).
 *
 * 4. GraphQL without Next's router. GET and POST /api/graphql go straight to the route's own handlers
 *    (app/server/http/graphql-fast-path.ts says what Next did for them and how it is kept): Next's
 *    routing cost more CPU than a small request's own work. NEWSGRAPH_GRAPHQL_DIRECT=false turns it off.
 *
 * Options: `--port N` (or PORT, default 3000), `--hostname H` (or HOSTNAME, default all interfaces, as
 * `next start`), `--dev` (Next's development mode, always one process). Everything else is Next's.
 */
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { CLIENT_ADDRESS_HEADER, markClientAddressFromSocket } from './app/server/client-address';
import { resolveAuthConfig } from './app/server/auth/auth-config';
import { issueLocalLink } from './app/server/auth/local-link';
import { listenToOtherWorkers, startWorkers } from './app/server/cluster';
import { httpConfig, processCount } from './app/server/http/config';
import { getLogger } from './app/server/logger';
import { configuredStoreKind, getStore } from './app/server/store';

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    hostname: { type: 'string', short: 'H' },
    dev: { type: 'boolean', default: false },
  },
});
const dev = values.dev;
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
// Next reads NODE_ENV when it loads, so it is set before Next is imported.
(process.env as Record<string, string>).NODE_ENV = dev ? 'development' : 'production';

const processes = dev
  ? 1
  : processCount(httpConfig().processes, configuredStoreKind() ?? 'embedded', availableParallelism());
if (processes > 1 && cluster.isPrimary) {
  startWorkers(processes, (line) => console.log(line));
} else {
  await serve();
}

async function serve(): Promise<void> {
  if (cluster.isWorker) listenToOtherWorkers();
  const { default: next } = await import('next');
  const app = next({ dev, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  markClientAddressFromSocket();
  const auth = resolveAuthConfig();
  await openGraphBeforeListening();

  // Loaded once Next is prepared: instrumentation.ts has checked the configuration by then.
  const direct =
    dev || !httpConfig().graphqlDirect
      ? null
      : (await import('./app/server/http/graphql-fast-path')).serveGraphQLDirectly;
  const own = `http://${hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname}:${port}`;

  const server = createServer((request, response) => {
    const address = request.socket.remoteAddress ?? '';
    // IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d; the plain form is the same client.
    request.headers[CLIENT_ADDRESS_HEADER] = address.startsWith('::ffff:') ? address.slice(7) : address;
    // GET and POST /api/graphql skip Next's router (app/server/http/graphql-fast-path.ts says what is kept).
    if (direct?.(request, response, own) === true) return;
    void handle(request, response);
  });

  server.listen(port, hostname, () => {
    const shown = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname;
    const origin = `http://${shown}:${port}`;
    console.log(`> newsgraph is ready on ${origin} (process ${process.pid})`);
    if (auth.localLink) {
      console.log(`> Sign in as the local editor (the link works once): ${issueLocalLink(origin)}`);
    }
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      // Keep-alive connections would hold close() open; a second's grace is enough for answers in flight.
      setTimeout(() => process.exit(0), 1000).unref();
    });
  }
}

/**
 * The graph is opened before the port is taken. With several workers the readiness check reaches only
 * one of them; a worker that opened its graph on its first real request made that request wait the whole
 * open (about 20 s at 500k relations, found by bench:targets). A store that cannot be opened yet (Neo4j
 * still starting) does not stop the server: each request tries again and is answered 503 meanwhile.
 */
async function openGraphBeforeListening(): Promise<void> {
  const started = performance.now();
  try {
    const store = await getStore();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`> Graph opened (${store.kind} store) in ${seconds} s (process ${process.pid})`);
  } catch (error) {
    // A failure is the log's business (structured, with its cause); the banner lines above are for people.
    getLogger().warn({ err: error }, 'The graph could not be opened yet; each request tries again');
  }
}
