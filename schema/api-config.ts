import { z } from 'zod';
import { ConfigError } from '../graph/config';

/**
 * The API's hardening settings, read from the environment once and validated here; nothing else reads
 * process.env for them. A wrong value fails at start-up with a message naming the variable.
 *
 * | variable                             | default | meaning                                                   |
 * | ------------------------------------ | ------- | --------------------------------------------------------- |
 * | NEWSGRAPH_GRAPHQL_INTROSPECTION      | true    | answer introspection (the query console needs it)         |
 * | NEWSGRAPH_GRAPHQL_MAX_DEPTH          | 6       | deepest selection (introspection's own depth not counted) |
 * | NEWSGRAPH_GRAPHQL_MAX_ALIASES        | 15      | aliases in one operation                                  |
 * | NEWSGRAPH_GRAPHQL_MAX_DIRECTIVES     | 50      | directives in one operation                               |
 * | NEWSGRAPH_GRAPHQL_MAX_TOKENS         | 1000    | lexical tokens in one document                            |
 * | NEWSGRAPH_GRAPHQL_MAX_COST           | 25000   | GraphQL Armor's cost estimate of one operation            |
 * | NEWSGRAPH_GRAPHQL_MAX_BODY_BYTES     | 102400  | request body size (bigger: 413 TOO_LARGE)                 |
 * | NEWSGRAPH_GRAPHQL_TIMEOUT_MS         | 10000   | execution time (longer: 504 TIMEOUT)                      |
 * | NEWSGRAPH_RATE_LIMIT_GRAPHQL         | 300     | requests per client per minute to /api/graphql; 0 = off   |
 * | NEWSGRAPH_RATE_LIMIT_EXPORT          | 60      | the same for /api/export                                  |
 * | NEWSGRAPH_RATE_LIMIT_IMPORT          | 30      | the same for /api/import                                  |
 * | NEWSGRAPH_TRUST_PROXY                | false   | a proxy sets X-Forwarded-For / X-Request-Id: believe them |
 * | LOG_LEVEL                            | info    | pino level: fatal, error, warn, info, debug, trace, silent |
 * | NODE_ENV                             | (Next)  | `production` hides field suggestions ("Did you mean …")  |
 *
 * The cost limit is five times GraphQL Armor's default of 5000. Armor multiplies a list's cost by its
 * `first:` argument, and ours counts that argument whether it is written in the query, passed as a
 * variable or left to its default (schema/cost-limit.ts). The explorer's own queries must pass: its
 * expansion (`relations(first: $first)` with both ends, first = 500, the most Entity.relations allows)
 * scores 21,830 and its details query (`relations(first: 100)` with both ends and evidence) 5,948. A
 * query that nests one list inside another multiplies their sizes and is still refused. Every other limit
 * is Armor's default.
 */
export interface ApiConfig {
  /** NODE_ENV is `production` (what `next start` and `next build` set). */
  production: boolean;
  introspection: boolean;
  /** False in production: a refused field name is not answered with the names it resembles. */
  fieldSuggestions: boolean;
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    maxCost: number;
    maxBodyBytes: number;
    timeoutMs: number;
  };
  /** Requests per client per minute, by route; 0 turns a route's limit off. */
  rateLimits: Record<RateLimitedRoute, number>;
  trustProxy: boolean;
  logLevel: LogLevel;
}

export type RateLimitedRoute = 'graphql' | 'export' | 'import';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], {
    error: 'must be true or false (or 1/0, yes/no, on/off)',
  })
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

function whole(min: number, max: number, fallback: number) {
  return z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int({ error: `must be a whole number from ${min} to ${max}` })
    .min(min, { error: `must be a whole number from ${min} to ${max}` })
    .max(max, { error: `must be a whole number from ${min} to ${max}` })
    .default(fallback);
}

const envSchema = z.object({
  NEWSGRAPH_GRAPHQL_INTROSPECTION: flag.default(true),
  NEWSGRAPH_GRAPHQL_MAX_DEPTH: whole(1, 100, 6),
  NEWSGRAPH_GRAPHQL_MAX_ALIASES: whole(0, 1000, 15),
  NEWSGRAPH_GRAPHQL_MAX_DIRECTIVES: whole(0, 1000, 50),
  NEWSGRAPH_GRAPHQL_MAX_TOKENS: whole(100, 100_000, 1000),
  NEWSGRAPH_GRAPHQL_MAX_COST: whole(1, 10_000_000, 25_000),
  NEWSGRAPH_GRAPHQL_MAX_BODY_BYTES: whole(1024, 100 * 1024 * 1024, 100 * 1024),
  NEWSGRAPH_GRAPHQL_TIMEOUT_MS: whole(10, 600_000, 10_000),
  NEWSGRAPH_RATE_LIMIT_GRAPHQL: whole(0, 1_000_000, 300),
  NEWSGRAPH_RATE_LIMIT_EXPORT: whole(0, 1_000_000, 60),
  NEWSGRAPH_RATE_LIMIT_IMPORT: whole(0, 1_000_000, 30),
  NEWSGRAPH_TRUST_PROXY: flag.default(false),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  NODE_ENV: z.string().optional(),
});

/** Reads the API settings from `env` (public: used by the GraphQL route, the rate limiter and the logger). */
export function resolveApiConfig(env: Record<string, string | undefined> = process.env): ApiConfig {
  // An empty variable means "not set", as in resolveStoreConfig. Values are read case-insensitively
  // (TRUE, Off, WARN).
  const cleaned = Object.fromEntries(
    Object.entries(env)
      .filter(([, v]) => v !== undefined && v.trim() !== '')
      .map(([k, v]) => [k, k === 'NODE_ENV' ? v : v?.trim().toLowerCase()]),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`Configuration: ${name} ${issue?.message ?? 'is invalid'}.`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    production,
    introspection: e.NEWSGRAPH_GRAPHQL_INTROSPECTION,
    fieldSuggestions: !production,
    limits: {
      maxDepth: e.NEWSGRAPH_GRAPHQL_MAX_DEPTH,
      maxAliases: e.NEWSGRAPH_GRAPHQL_MAX_ALIASES,
      maxDirectives: e.NEWSGRAPH_GRAPHQL_MAX_DIRECTIVES,
      maxTokens: e.NEWSGRAPH_GRAPHQL_MAX_TOKENS,
      maxCost: e.NEWSGRAPH_GRAPHQL_MAX_COST,
      maxBodyBytes: e.NEWSGRAPH_GRAPHQL_MAX_BODY_BYTES,
      timeoutMs: e.NEWSGRAPH_GRAPHQL_TIMEOUT_MS,
    },
    rateLimits: {
      graphql: e.NEWSGRAPH_RATE_LIMIT_GRAPHQL,
      export: e.NEWSGRAPH_RATE_LIMIT_EXPORT,
      import: e.NEWSGRAPH_RATE_LIMIT_IMPORT,
    },
    trustProxy: e.NEWSGRAPH_TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
  };
}
