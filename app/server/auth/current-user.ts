import type { AccountStore } from '@/graph/accounts/account-store';
import type { AuthConfig } from './auth-config';
import { authConfig } from './auth-config';
import { getAccountStore } from './account-store';
import { currentBoot } from './local-link';
import { isRevoked } from './revoked-sessions';
import type { Session } from './session-cookie';
import { readSession } from './session-cookie';
import type { User } from './user';

/** What the session check needs; the routes use the defaults, tests give their own. */
export interface AuthDeps {
  config: AuthConfig;
  accounts: () => Promise<AccountStore>;
  now: () => number;
  trustProxy: boolean;
}

/** The deps the routes use: settings from the environment (cheap to read), the server's account store, the clock. */
export function defaultAuthDeps(trustProxy: boolean): AuthDeps {
  return { config: authConfig(), accounts: getAccountStore, now: () => Date.now(), trustProxy };
}

/**
 * Public: the signed-in user of `request`, or null. A session counts only while its seal is intact and
 * unexpired, it was not signed out, and (for an account) the account still exists and its password and
 * role have not changed since the session began; the role is read from the account on every request, so
 * a promotion or demotion needs no new sign-in to be seen, and a demotion ends the session.
 */
export async function currentUser(request: Request, deps: AuthDeps): Promise<User | null> {
  const session = await readSession(request, deps.config.sessionSecret, deps.now());
  if (session === null || isRevoked(session.sid)) return null;
  return userOf(session, deps);
}

/** Like currentUser, and also the session itself (sign-out needs its id). */
export async function currentSession(
  request: Request,
  deps: AuthDeps,
): Promise<{ session: Session; user: User } | null> {
  const session = await readSession(request, deps.config.sessionSecret, deps.now());
  if (session === null || isRevoked(session.sid)) return null;
  const user = await userOf(session, deps);
  return user === null ? null : { session, user };
}

async function userOf(session: Session, deps: AuthDeps): Promise<User | null> {
  if (session.via === 'local-link') {
    if (session.boot !== currentBoot() || session.role === undefined) return null;
    return { name: session.name, role: session.role, via: 'local-link' };
  }
  const account = await (await deps.accounts()).get(session.name);
  if (account === null) return null;
  if (Date.parse(account.credentialsChangedAt) > session.issuedAt) return null;
  return { name: account.name, role: account.role, via: 'password' };
}
