import { z } from 'zod';
import type { Environment } from '../graph/environment';
import { fromProcessEnvironment, parseEnvironment } from '../graph/environment';

/**
 * The GraphQL API's settings, read from the environment through graph/environment.ts and validated here;
 * nothing else reads process.env for them. The server resolves them at start (instrumentation.ts, through
 * app/server/config.ts), so a wrong value stops the start with a message naming the variable. The HTTP
 * layer's settings (body size, time limit, rate limits, proxy, log level) are app/server/http/config.ts's.
 *
 * | variable                             | default | meaning                                                   |
 * | ------------------------------------ | ------- | --------------------------------------------------------- |
 * | NEWSGRAPH_GRAPHQL_INTROSPECTION      | true    | answer introspection (the query console needs it)         |
 * | NEWSGRAPH_GRAPHQL_MAX_DEPTH          | 6       | deepest selection (introspection's own depth not counted) |
 * | NEWSGRAPH_GRAPHQL_MAX_ALIASES        | 15      | aliases in one operation                                  |
 * | NEWSGRAPH_GRAPHQL_MAX_DIRECTIVES     | 50      | directives in one operation                               |
 * | NEWSGRAPH_GRAPHQL_MAX_TOKENS         | 1000    | lexical tokens in one document                            |
 * | NEWSGRAPH_GRAPHQL_MAX_COST           | 25000   | GraphQL Armor's cost estimate of one operation            |
 * | NEWSGRAPH_GRAPHQL_EXECUTOR           | jit     | `jit` (graphql-jit, compiled) or `graphql-js`             |
 * | NEWSGRAPH_GRAPHQL_ANSWER_CACHE_MB    | 64      | answers to repeated reads kept (embedded store); 0 is off |
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
  };
  /** Which executor runs operations (schema/executor.ts). */
  executor: Executor;
  /** Characters of answers the answer cache keeps (app/server/answer-cache.ts); 0 turns it off. */
  answerCacheChars: number;
}

const EXECUTORS = ['jit', 'graphql-js'] as const;
type Executor = (typeof EXECUTORS)[number];

/** A yes/no setting, read case-insensitively (TRUE, Off). */
export const flag = z
  .string()
  .transform((v) => v.toLowerCase())
  .pipe(
    z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], {
      error: 'must be true or false (or 1/0, yes/no, on/off)',
    }),
  )
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

/** A whole number from `min` to `max`, `fallback` when unset. */
export function whole(min: number, max: number, fallback: number) {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).default(fallback);
}

const envSchema = z.object({
  NEWSGRAPH_GRAPHQL_INTROSPECTION: flag.default(true),
  NEWSGRAPH_GRAPHQL_MAX_DEPTH: whole(1, 100, 6),
  NEWSGRAPH_GRAPHQL_MAX_ALIASES: whole(0, 1000, 15),
  NEWSGRAPH_GRAPHQL_MAX_DIRECTIVES: whole(0, 1000, 50),
  NEWSGRAPH_GRAPHQL_MAX_TOKENS: whole(100, 100_000, 1000),
  NEWSGRAPH_GRAPHQL_MAX_COST: whole(1, 10_000_000, 25_000),
  NEWSGRAPH_GRAPHQL_EXECUTOR: z.enum(EXECUTORS, { error: 'must be jit or graphql-js' }).default('jit'),
  NEWSGRAPH_GRAPHQL_ANSWER_CACHE_MB: whole(0, 4096, 64),
  NODE_ENV: z.string().optional(),
});

/** Reads the GraphQL settings from `env` (tests pass their own; the server's are `apiConfig()`). */
export function resolveApiConfig(env: Environment): ApiConfig {
  const e = parseEnvironment(envSchema, env);
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
    },
    executor: e.NEWSGRAPH_GRAPHQL_EXECUTOR,
    answerCacheChars: e.NEWSGRAPH_GRAPHQL_ANSWER_CACHE_MB * 1024 * 1024,
  };
}

/** The GraphQL settings of this process (resolved at start; see graph/environment.ts). */
export const apiConfig: () => ApiConfig = fromProcessEnvironment(
  Object.keys(envSchema.shape),
  resolveApiConfig,
);
