import path from 'node:path';
import { z } from 'zod';

/**
 * Settings come from the environment once, are validated here, and fail at start-up with a message that
 * says which variable is wrong and how to fix it. Nothing else reads process.env for these.
 */
export type StoreConfig =
  | { kind: 'embedded'; dataDir: string }
  | {
      kind: 'neo4j';
      uri: string;
      user: string;
      password: string;
      /** Undefined means the server's default database. */
      database: string | undefined;
      /** How long to wait for a connection before the store counts as unavailable. */
      connectionTimeoutMs: number;
    };

const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/.+/, {
      message: 'must start with bolt://, bolt+s://, neo4j:// or neo4j+s:// (e.g. bolt://localhost:7687)',
    })
    .optional(),
  NEO4J_USER: z.string().min(1).optional(),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.\-_]{0,62}$/, 'must be a Neo4j database name')
    .optional(),
  NEO4J_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).optional(),
  NEWSGRAPH_DATA_DIR: z.string().min(1).optional(),
});

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads the store settings from `env`: Neo4j when NEO4J_URI is set, the embedded store otherwise. */
export function resolveStoreConfig(env: Record<string, string | undefined> = process.env): StoreConfig {
  // An empty variable means "not set", as in most shells' `VAR= cmd` idiom.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`Configuration: ${name} ${issue?.message ?? 'is invalid'}.`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI === undefined) {
    // The comment keeps Next's file tracer from copying the whole project into the standalone output.
    return {
      kind: 'embedded',
      dataDir: path.resolve(/*turbopackIgnore: true*/ e.NEWSGRAPH_DATA_DIR ?? './.data'),
    };
  }
  if (e.NEO4J_USER === undefined || e.NEO4J_PASSWORD === undefined) {
    throw new ConfigError(
      'Configuration: NEO4J_URI is set, so NEO4J_USER and NEO4J_PASSWORD must be set too (or unset NEO4J_URI to use the embedded store).',
    );
  }
  return {
    kind: 'neo4j',
    uri: e.NEO4J_URI,
    user: e.NEO4J_USER,
    password: e.NEO4J_PASSWORD,
    database: e.NEO4J_DATABASE,
    connectionTimeoutMs: e.NEO4J_CONNECTION_TIMEOUT_MS ?? 5_000,
  };
}
