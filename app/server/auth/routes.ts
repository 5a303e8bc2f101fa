import { httpConfig } from '../http/config';
import type { AuthDeps } from './current-user';
import { defaultAuthDeps } from './current-user';
import { authorizeWrite, readRefusal } from './guard';
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

/** Public: runs `handler` when `request` may read (always, unless NEWSGRAPH_READ_ACCESS=login), else 401. */
export async function guardRead(request: Request, handler: () => Promise<Response>): Promise<Response> {
  const refusal = await readRefusal(request, routeAuthDeps());
  return refusal ?? handler();
}
