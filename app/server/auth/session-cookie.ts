import { randomUUID } from 'node:crypto';
import { sealData, unsealData } from 'iron-session';
import { z } from 'zod';
import { ROLES } from '@/graph/accounts/role';

/**
 * The session cookie: the signed-in user sealed (encrypted and signed) with iron-session's `sealData`, so
 * the client can neither read nor forge it, and no session table is needed. It is HttpOnly (scripts
 * cannot read it), SameSite=Lax (other sites' forms and fetches do not carry it), Secure when the request
 * came over HTTPS, Path=/, with a Max-Age equal to the session's lifetime; the seal carries the same
 * expiry, so a cookie kept past it is refused even if the browser keeps sending it.
 *
 * Every sign-in makes a new session id and a new seal (rotation): whatever session cookie the browser had
 * before, e.g. one planted by someone else, is replaced, never upgraded.
 */

const SESSION_COOKIE = 'newsgraph_session';

const sessionSchema = z.object({
  v: z.literal(1),
  /** This session's id: new at every sign-in; sign-out revokes it. */
  sid: z.string().min(1),
  name: z.string().min(1),
  via: z.enum(['password', 'local-link']),
  /** For the local link only (it has no account to read the role from). */
  role: z.enum(ROLES).optional(),
  /** For the local link only: the server run that printed it; a restart ends its sessions. */
  boot: z.string().optional(),
  issuedAt: z.number().int(),
  expiresAt: z.number().int(),
});
export type Session = z.infer<typeof sessionSchema>;

export type NewSession = Omit<Session, 'v' | 'sid' | 'issuedAt' | 'expiresAt'>;

export interface CookieSettings {
  secret: string;
  lifetimeSeconds: number;
}

/** A fresh session (new id) for `who`, issued `now` (ms) and ending `lifetimeSeconds` later. */
export function newSession(who: NewSession, now: number, lifetimeSeconds: number): Session {
  return { v: 1, sid: randomUUID(), ...who, issuedAt: now, expiresAt: now + lifetimeSeconds * 1000 };
}

/** The Set-Cookie value that starts `session`. */
export async function sessionCookie(
  session: Session,
  settings: CookieSettings,
  secure: boolean,
): Promise<string> {
  const seal = await sealData(session, { password: settings.secret, ttl: settings.lifetimeSeconds });
  return cookieString(seal, settings.lifetimeSeconds, secure);
}

/** The Set-Cookie value that ends the session in this browser. */
export function clearedSessionCookie(secure: boolean): string {
  return cookieString('', 0, secure);
}

/** The session `request` carries, or null when it has none, or one that is forged, damaged or expired at `now`. */
export async function readSession(request: Request, secret: string, now: number): Promise<Session | null> {
  const seal = cookieValue(request.headers.get('cookie'), SESSION_COOKIE);
  if (seal === undefined || seal === '') return null;
  let data: unknown;
  try {
    data = await unsealData(seal, { password: secret });
  } catch {
    return null;
  }
  const parsed = sessionSchema.safeParse(data);
  if (!parsed.success) return null;
  return parsed.data.expiresAt > now ? parsed.data : null;
}

/**
 * Whether cookies should be Secure: the request reached us over HTTPS, directly or (with a trusted proxy)
 * as its X-Forwarded-Proto says. A plain-HTTP local server must not set Secure: the browser would drop
 * the cookie and nobody could sign in.
 */
export function isSecureRequest(request: Request, trustProxy: boolean): boolean {
  if (new URL(request.url).protocol === 'https:') return true;
  return trustProxy && request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

function cookieString(value: string, maxAge: number, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    'Path=/',
    `Max-Age=${maxAge}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

function cookieValue(header: string | null, name: string): string | undefined {
  if (header === null) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
