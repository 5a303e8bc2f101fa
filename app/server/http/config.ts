import { z } from 'zod';
import type { Environment } from '@/graph/environment';
import { fromProcessEnvironment, parseEnvironment } from '@/graph/environment';
import { flag, whole } from '@/schema/api-config';

/**
 * The HTTP layer's settings (app/server/http/), read from the environment through graph/environment.ts
 * and validated here; resolved at start with the rest (app/server/config.ts).
 *
 * | variable                             | default | meaning                                                   |
 * | ------------------------------------ | ------- | --------------------------------------------------------- |
 * | NEWSGRAPH_GRAPHQL_MAX_BODY_BYTES     | 102400  | request body size (bigger: 413 TOO_LARGE)                 |
 * | NEWSGRAPH_GRAPHQL_TIMEOUT_MS         | 10000   | execution time (longer: 504 TIMEOUT)                      |
 * | NEWSGRAPH_RATE_LIMIT_GRAPHQL         | 300     | requests per client per minute to /api/graphql; 0 = off   |
 * | NEWSGRAPH_RATE_LIMIT_EXPORT          | 60      | the same for /api/export                                  |
 * | NEWSGRAPH_RATE_LIMIT_IMPORT          | 30      | the same for /api/import                                  |
 * | NEWSGRAPH_TRUST_PROXY                | false   | a proxy sets X-Forwarded-For / X-Request-Id: believe them |
 * | LOG_LEVEL                            | info    | pino level: fatal, error, warn, info, debug, trace, silent |
 * | NEWSGRAPH_PROCESSES                  | auto    | server processes (`npm start`); auto: see processCount    |
 * | NEWSGRAPH_GRAPHQL_DIRECT             | true    | `npm start` serves /api/graphql without Next's router     |
 */
export interface HttpConfig {
  /** NODE_ENV is `production`: a shared rate-limit budget is then worth a warning. */
  production: boolean;
  /** The largest GraphQL request body, in bytes. */
  maxBodyBytes: number;
  /** How long one GraphQL operation may run. */
  timeoutMs: number;
  /** Requests per client per minute, by route; 0 turns a route's limit off. */
  rateLimits: Record<RateLimitedRoute, number>;
  trustProxy: boolean;
  logLevel: LogLevel;
  /** How many processes `npm start` (server.ts) serves with: a number, or `auto` (processCount). */
  processes: number | 'auto';
  /**
   * Whether our server (server.ts) hands GET and POST /api/graphql straight to the route's handlers
   * (app/server/http/graphql-fast-path.ts); false leaves them to Next's router, as `next start` does.
   */
  graphqlDirect: boolean;
}

export type RateLimitedRoute = 'graphql' | 'export' | 'import';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const envSchema = z.object({
  NEWSGRAPH_GRAPHQL_MAX_BODY_BYTES: whole(1024, 100 * 1024 * 1024, 100 * 1024),
  NEWSGRAPH_GRAPHQL_TIMEOUT_MS: whole(10, 600_000, 10_000),
  NEWSGRAPH_RATE_LIMIT_GRAPHQL: whole(0, 1_000_000, 300),
  NEWSGRAPH_RATE_LIMIT_EXPORT: whole(0, 1_000_000, 60),
  NEWSGRAPH_RATE_LIMIT_IMPORT: whole(0, 1_000_000, 30),
  NEWSGRAPH_TRUST_PROXY: flag.default(false),
  LOG_LEVEL: z
    .string()
    .transform((v) => v.toLowerCase())
    .pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }))
    .default('info'),
  NEWSGRAPH_PROCESSES: z
    .union([z.literal('auto'), z.coerce.number().int().min(1).max(64)], {
      error: 'must be auto or a whole number from 1 to 64',
    })
    .default('auto'),
  NEWSGRAPH_GRAPHQL_DIRECT: flag.default(true),
  NODE_ENV: z.string().optional(),
});

/** Reads the HTTP settings from `env` (tests pass their own; the server's are `httpConfig()`). */
export function resolveHttpConfig(env: Environment): HttpConfig {
  const e = parseEnvironment(envSchema, env);
  return {
    production: e.NODE_ENV === 'production',
    maxBodyBytes: e.NEWSGRAPH_GRAPHQL_MAX_BODY_BYTES,
    timeoutMs: e.NEWSGRAPH_GRAPHQL_TIMEOUT_MS,
    rateLimits: {
      graphql: e.NEWSGRAPH_RATE_LIMIT_GRAPHQL,
      export: e.NEWSGRAPH_RATE_LIMIT_EXPORT,
      import: e.NEWSGRAPH_RATE_LIMIT_IMPORT,
    },
    trustProxy: e.NEWSGRAPH_TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    processes: e.NEWSGRAPH_PROCESSES,
    graphqlDirect: e.NEWSGRAPH_GRAPHQL_DIRECT,
  };
}

/**
 * The number of server processes. `auto` is one per core over Neo4j (each process is a client of the
 * database and holds nothing big), and one over the embedded store: there every process holds its own
 * copy of the whole graph in memory and reads the snapshot again after each write, so more processes are
 * a choice to make knowingly (README, "Several processes").
 */
export function processCount(setting: number | 'auto', store: 'embedded' | 'neo4j', cores: number): number {
  if (setting !== 'auto') return setting;
  return store === 'neo4j' ? Math.max(1, cores) : 1;
}

/** The HTTP settings of this process (resolved at start; see graph/environment.ts). */
export const httpConfig: () => HttpConfig = fromProcessEnvironment(
  Object.keys(envSchema.shape),
  resolveHttpConfig,
);
