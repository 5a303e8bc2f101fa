import { httpConfig } from '../http/config';
import type { AuthDeps } from './current-user';
import { defaultAuthDeps } from './current-user';
import { authConfig } from './auth-config';
import type { Role } from '@/graph/accounts/role';
import { authorizeRole, authorizeWrite, readRefusal } from './guard';
import { readSession } from './session-cookie';
import { SignInLimits } from './sign-in-limits';
import type { User } from './user';

/** What the auth routes share in this process: the settings and one set of sign-in counters. */
const LIMITS_KEY = Symbol.for('newsgraph.signInLimits');

export function routeAuthDeps(): AuthDeps {
  return defaultAuthDeps(httpConfig().trustProxy);
}

export function routeSignInLimits(): SignInLimits {
  const holder = globalThis as { [LIMITS_KEY]?: SignInLimits };
  holder[LIMITS_KEY] ??= new SignInLimits();
  return holder[LIMITS_KEY];
}

/**
 * Public: how a route handler guards a write, in one line (the article review's routes call it too):
 * `return guardWrite(request, 'POST /api/import', (user) => importResponse(request, getStore, user));`
 * The handler runs only for an editor (or admin) whose request carries the CSRF header; see guard.ts.
 */
export async function guardWrite(
  request: Request,
  what: string,
  handler: (user: User) => Promise<Response>,
): Promise<Response> {
  const check = await authorizeWrite(request, what, routeAuthDeps());
  return check.ok ? handler(check.user) : check.response;
}

/**
 * Public: runs `handler` only for a signed-in user with `role` or more (401/403 otherwise), for reads
 * that are not for everyone (the audit trail names people). No CSRF header is asked: it changes nothing.
 */
export async function guardRole(
  request: Request,
  what: string,
  role: Role,
  handler: (user: User) => Promise<Response>,
): Promise<Response> {
  const check = await authorizeRole(request, what, routeAuthDeps(), role);
  return check.ok ? handler(check.user) : check.response;
}

/** Public: runs `handler` when `request` may read (always, unless NEWSGRAPH_READ_ACCESS=login), else 401. */
export async function guardRead(request: Request, handler: () => Promise<Response>): Promise<Response> {
  const refusal = await readRefusal(request, routeAuthDeps());
  return refusal ?? handler();
}

/**
 * Public (for the rate limiter): the name in the request's session, if it carries a valid, unexpired
 * seal. Only the seal is checked (cheap: no account lookup); a signed-out or demoted user's requests
 * still count against their own name, which is all a rate limit needs.
 */
export async function signedInName(request: Request): Promise<string | null> {
  const session = await readSession(request, authConfig().sessionSecret, Date.now());
  return session?.name ?? null;
}
