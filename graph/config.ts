import path from 'node:path';
import { z } from 'zod';
import type { Environment } from './environment';
import { ConfigError, fromProcessEnvironment, parseEnvironment, resolveEach } from './environment';
import type { ExportLimits } from './export/limits';
import { EXPORT_LIMIT_VARIABLES, resolveExportLimits } from './export/limits';
import type { ImportLimits } from './import/limits';
import { IMPORT_LIMIT_VARIABLES, resolveImportLimits } from './import/limits';

/**
 * The graph's settings: which store, and how big an import or an export may be. Read from the
 * environment through graph/environment.ts, validated here, and resolved once at start: by the server's
 * instrumentation.ts (app/server/config.ts) and by each CLI (`graphConfig()` first thing in `main`). A
 * wrong value stops the start with a message that names the variable and says how to fix it.
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

export interface GraphConfig {
  store: StoreConfig;
  importLimits: ImportLimits;
  exportLimits: ExportLimits;
}

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
  NEO4J_CONNECTION_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a whole number of milliseconds from 100 to 120000' })
    .int({ error: 'must be a whole number of milliseconds from 100 to 120000' })
    .min(100, { error: 'must be a whole number of milliseconds from 100 to 120000' })
    .max(120_000, { error: 'must be a whole number of milliseconds from 100 to 120000' })
    .optional(),
  NEWSGRAPH_DATA_DIR: z.string().min(1).optional(),
});

/** Reads the store settings from `env`: Neo4j when NEO4J_URI is set, the embedded store otherwise. */
export function resolveStoreConfig(env: Environment): StoreConfig {
  const e = parseEnvironment(envSchema, env);
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

/** Every graph setting from `env`; a wrong value throws one ConfigError naming every wrong variable. */
function resolveGraphConfig(env: Environment): GraphConfig {
  return resolveEach({
    store: () => resolveStoreConfig(env),
    importLimits: () => resolveImportLimits(env),
    exportLimits: () => resolveExportLimits(env),
  });
}

/** The variables the graph's settings read. */
const GRAPH_VARIABLES: readonly string[] = [
  ...Object.keys(envSchema.shape),
  ...IMPORT_LIMIT_VARIABLES,
  ...EXPORT_LIMIT_VARIABLES,
];

/**
 * The graph's settings of this process (public: the CLIs call it first thing, the server through
 * app/server/config.ts, and the libraries for a limit their caller did not give).
 */
export const graphConfig: () => GraphConfig = fromProcessEnvironment(GRAPH_VARIABLES, resolveGraphConfig);
