import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ConfigError, fromProcessEnvironment } from '@/graph/environment';

/**
 * The sign-in settings, read from the environment once and validated here.
 *
 * | variable                     | default          | meaning                                                         |
 * | ---------------------------- | ---------------- | --------------------------------------------------------------- |
 * | NEWSGRAPH_READ_ACCESS        | public           | `login`: reading (pages, GraphQL, export) needs a signed-in user |
 * | NEWSGRAPH_SESSION_SECRET     | random per start | 32+ characters sealing session cookies; set it to keep sessions |
 * |                              |                  | across restarts and to share them between app replicas          |
 * | NEWSGRAPH_SESSION_HOURS      | 12               | how long a session lasts after sign-in (1..720)                 |
 * | NEWSGRAPH_LOCAL_LINK         | on               | `off`: `npm start` prints no one-time sign-in link              |
 */
export interface AuthConfig {
  readAccess: 'public' | 'login';
  sessionSecret: string;
  /** Whether the secret was generated for this process (sessions then end with it). */
  ephemeralSecret: boolean;
  sessionSeconds: number;
  localLink: boolean;
}

const envSchema = z.object({
  NEWSGRAPH_READ_ACCESS: z.enum(['public', 'login'], { error: 'must be public or login' }).default('public'),
  NEWSGRAPH_SESSION_SECRET: z.string().min(32, { error: 'must be at least 32 characters long' }).optional(),
  NEWSGRAPH_SESSION_HOURS: z.coerce
    .number({ error: 'must be a whole number of hours from 1 to 720' })
    .int({ error: 'must be a whole number of hours from 1 to 720' })
    .min(1, { error: 'must be a whole number of hours from 1 to 720' })
    .max(720, { error: 'must be a whole number of hours from 1 to 720' })
    .default(12),
  NEWSGRAPH_LOCAL_LINK: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
});

/** A secret made once per process when none is configured: kept on globalThis so `next dev` reloads keep it. */
const SECRET_KEY = Symbol.for('newsgraph.sessionSecret');

export function resolveAuthConfig(env: Record<string, string | undefined> = process.env): AuthConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `Configuration: ${String(issue?.path[0] ?? 'environment')} ${issue?.message ?? 'is invalid'}.`,
    );
  }
  const e = parsed.data;
  const holder = globalThis as { [SECRET_KEY]?: string };
  const secret = e.NEWSGRAPH_SESSION_SECRET ?? (holder[SECRET_KEY] ??= randomBytes(32).toString('base64url'));
  return {
    readAccess: e.NEWSGRAPH_READ_ACCESS,
    sessionSecret: secret,
    ephemeralSecret: e.NEWSGRAPH_SESSION_SECRET === undefined,
    sessionSeconds: e.NEWSGRAPH_SESSION_HOURS * 3600,
    localLink: e.NEWSGRAPH_LOCAL_LINK === 'on',
  };
}

/**
 * The process's sign-in settings, resolved once and kept while the variables keep their values (the
 * GraphQL route reads them on every request: resolving them anew, zod and all, was a twentieth of a
 * request's CPU).
 */
export const authConfig: () => AuthConfig = fromProcessEnvironment(Object.keys(envSchema.shape), (env) =>
  resolveAuthConfig(env),
);
