import { z } from 'zod';
import { authenticate } from '@/graph/accounts/accounts';
import { LOCAL_EDITOR_NAME } from '@/graph/accounts/account';
import { clientAddress } from '../client-address';
import { authError } from './auth-errors';
import type { AuthDeps } from './current-user';
import { currentSession, currentUser } from './current-user';
import { csrfRefusal } from './guard';
import { currentBoot, redeemLocalToken } from './local-link';
import { revokeSession } from './revoked-sessions';
import { isSecureRequest, clearedSessionCookie, newSession, sessionCookie } from './session-cookie';
import type { SignInLimits } from './sign-in-limits';
import type { User } from './user';

/**
 * The sign-in routes' work (public: app/api/auth/* call these):
 * - `POST /api/auth/signin` `{ name, password }` with `x-newsgraph-csrf: 1`: 200 `{ user }` and a new
 *   session cookie; 401 for a wrong name or password (one message for both); 429 while slowed or refused.
 * - `POST /api/auth/signout` with the CSRF header: ends the session; 200 `{ user: null }`.
 * - `GET /api/auth/me`: `{ user, readAccess }` (user null when nobody is signed in).
 * - `GET /api/auth/local?token=…`: the one-time local link; signs in `local` (an editor) and goes to `/`.
 */

const MAX_BODY_CHARS = 4096;

const credentialsSchema = z.object({
  name: z.string().min(1).max(200),
  password: z.string().min(1).max(1024),
});

export async function signInResponse(
  request: Request,
  deps: AuthDeps,
  limits: SignInLimits,
): Promise<Response> {
  const csrf = csrfRefusal(request, 'POST /api/auth/signin');
  if (csrf !== null) return csrf;
  const credentials = await readCredentials(request);
  if (credentials === null) {
    return authError('BAD_USER_INPUT', 'POST /api/auth/signin: send JSON { "name": "…", "password": "…" }.');
  }
  const accountKey = credentials.name.trim().toLowerCase();
  const clientKey = clientAddress(request, deps.trustProxy) ?? 'unknown';
  const verdict = await limits.check(accountKey, clientKey);
  if (!verdict.ok) {
    const message =
      verdict.reason === 'slowed'
        ? `Too many failed sign-ins: wait ${verdict.retryAfter} s before trying again.`
        : `Too many failed sign-ins: sign-in is refused for ${Math.ceil(verdict.retryAfter / 60)} min. An admin can reset the password with \`npm run user -- reset-password NAME\`.`;
    return authError('RATE_LIMITED', message, { retryAfter: verdict.retryAfter });
  }
  const account = await authenticate(await deps.accounts(), credentials.name, credentials.password);
  if (account === null) {
    await limits.failed(accountKey, clientKey);
    return authError('UNAUTHENTICATED', 'The name or the password is wrong.');
  }
  await limits.succeeded(accountKey);
  const user: User = { name: account.name, role: account.role, via: 'password' };
  return withNewSession(
    request,
    deps,
    user,
    Response.json({ user }, { headers: { 'Cache-Control': 'no-store' } }),
  );
}

export async function signOutResponse(request: Request, deps: AuthDeps): Promise<Response> {
  const csrf = csrfRefusal(request, 'POST /api/auth/signout');
  if (csrf !== null) return csrf;
  const current = await currentSession(request, deps);
  if (current !== null) revokeSession(current.session.sid, current.session.expiresAt, deps.now());
  const response = Response.json({ user: null }, { headers: { 'Cache-Control': 'no-store' } });
  response.headers.append('Set-Cookie', clearedSessionCookie(isSecureRequest(request, deps.trustProxy)));
  return response;
}

export async function meResponse(request: Request, deps: AuthDeps): Promise<Response> {
  const user = await currentUser(request, deps);
  return Response.json(
    { user, readAccess: deps.config.readAccess },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}

/** Redeems the one-time link: a session for `local` (an editor) and a redirect to the explorer, or 401. */
export async function localLinkResponse(request: Request, deps: AuthDeps): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  if (!redeemLocalToken(token)) {
    return authError(
      'UNAUTHENTICATED',
      'This sign-in link has been used already or is not the one the server printed. Restart `npm start` for a new link, or sign in with an account at /signin.',
    );
  }
  const user: User = { name: LOCAL_EDITOR_NAME, role: 'editor', via: 'local-link' };
  const redirect = new Response(null, {
    status: 303,
    headers: { Location: '/', 'Cache-Control': 'no-store' },
  });
  return withNewSession(request, deps, user, redirect);
}

/** Puts a brand-new session (new id, new seal) for `user` on `response`: rotation at every sign-in. */
async function withNewSession(
  request: Request,
  deps: AuthDeps,
  user: User,
  response: Response,
): Promise<Response> {
  const session = newSession(
    user.via === 'local-link'
      ? { name: user.name, via: user.via, role: user.role, boot: currentBoot() }
      : { name: user.name, via: user.via },
    deps.now(),
    deps.config.sessionSeconds,
  );
  const cookie = await sessionCookie(
    session,
    { secret: deps.config.sessionSecret, lifetimeSeconds: deps.config.sessionSeconds },
    isSecureRequest(request, deps.trustProxy),
  );
  response.headers.append('Set-Cookie', cookie);
  return response;
}

async function readCredentials(request: Request): Promise<z.infer<typeof credentialsSchema> | null> {
  const text = await request.text().catch(() => '');
  if (text.length > MAX_BODY_CHARS) return null;
  try {
    const parsed = credentialsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
