import type { z } from 'zod';

/**
 * How every setting is read from the environment, in one place: the cleaning (values trimmed, a blank
 * value read as unset, as in a shell's `VAR= cmd`), the error (ConfigError, naming every wrong variable)
 * and the memo (a setting is resolved once and kept while the variables it reads keep their values).
 *
 * The settings themselves live with what they configure: the store and the import/export limits in
 * graph/config.ts, GraphQL's in schema/api-config.ts, the HTTP layer's in app/server/http/config.ts. The
 * server resolves all of them at start (instrumentation.ts, through app/server/config.ts); the CLIs resolve
 * theirs at start through graph/config.ts.
 */

export type Environment = Readonly<Record<string, string | undefined>>;

/** A setting is wrong; the message names the variable and says what it must be. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The environment as the settings read it: values trimmed, blank ones left out. */
function cleanEnvironment(env: Environment): Record<string, string> {
  const cleaned: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const trimmed = value?.trim();
    if (trimmed !== undefined && trimmed !== '') cleaned[name] = trimmed;
  }
  return cleaned;
}

/**
 * The variables `schema` reads from `env`, cleaned and parsed. A wrong value throws ConfigError naming
 * every wrong variable: `Configuration: NEO4J_URI must start with bolt://…; LOG_LEVEL must be one of …`.
 */
export function parseEnvironment<S extends z.ZodObject>(schema: S, env: Environment): z.output<S> {
  const cleaned = cleanEnvironment(env);
  const own = Object.fromEntries(
    Object.keys(schema.shape).flatMap((name) => (name in cleaned ? [[name, cleaned[name]]] : [])),
  );
  const parsed = schema.safeParse(own);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `${String(issue.path[0] ?? 'environment')} ${issue.message}`,
  );
  throw new ConfigError(`Configuration: ${[...new Set(problems)].join('; ')}.`);
}

/**
 * `resolve` over `process.env`, resolved once and kept while the variables named in `names` keep their
 * values. A server's environment never changes, so this resolves once per process; tests that stub a
 * variable get settings that follow it.
 */
export function fromProcessEnvironment<T>(
  names: readonly string[],
  resolve: (env: Environment) => T,
): () => T {
  let memo: { key: string; value: T } | undefined;
  return () => {
    const key = names.map((name) => process.env[name] ?? '\u0000').join('\u0001');
    if (memo?.key !== key) memo = { key, value: resolve(process.env) };
    return memo.value;
  };
}

/**
 * Runs every resolver of `parts`; when some throw ConfigError, throws one that names every wrong
 * variable, so a start that fails lists all there is to fix at once.
 */
export function resolveEach<T extends Record<string, unknown>>(parts: { [K in keyof T]: () => T[K] }): T {
  const resolved: Partial<T> = {};
  const problems: string[] = [];
  for (const key of Object.keys(parts) as (keyof T)[]) {
    try {
      resolved[key] = parts[key]();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(error.message.replace(/^Configuration: /, '').replace(/\.$/, ''));
    }
  }
  if (problems.length > 0) throw new ConfigError(`Configuration: ${problems.join('; ')}.`);
  return resolved as T;
}
