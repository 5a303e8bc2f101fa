/**
 * The browser's side of signing in (no zod here: the explorer's bundle ships none): who is signed in,
 * sign-in and sign-out. Every write sends the CSRF header the server asks of writes.
 */

type Role = 'reader' | 'editor' | 'admin';

export interface CurrentUser {
  name: string;
  role: Role;
  via: 'password' | 'local-link';
}

export interface SessionState {
  user: CurrentUser | null;
  readAccess: 'public' | 'login';
}

const WRITE_HEADERS = { 'content-type': 'application/json', 'x-newsgraph-csrf': '1' };

/** Whether `user` may change the graph (import, add and review articles). */
export function canEdit(user: CurrentUser | null): boolean {
  return user !== null && (user.role === 'editor' || user.role === 'admin');
}

export async function fetchSession(signal?: AbortSignal): Promise<SessionState> {
  const response = await fetch('/api/auth/me', { signal, cache: 'no-store' });
  if (!response.ok) return { user: null, readAccess: 'public' };
  const body = (await response.json()) as Partial<SessionState>;
  return { user: body.user ?? null, readAccess: body.readAccess === 'login' ? 'login' : 'public' };
}

/** Signs in; resolves to the user, or rejects with the server's message (it says what to do). */
export async function signIn(name: string, password: string): Promise<CurrentUser> {
  let response: Response;
  try {
    response = await fetch('/api/auth/signin', {
      method: 'POST',
      headers: WRITE_HEADERS,
      body: JSON.stringify({ name, password }),
    });
  } catch {
    throw new Error('The newsgraph server did not answer. Check that it is running, then try again.');
  }
  const body = (await response.json().catch(() => ({}))) as {
    user?: CurrentUser;
    error?: { message?: string };
  };
  if (response.ok && body.user !== undefined) return body.user;
  throw new Error(body.error?.message ?? `Sign-in failed (HTTP ${response.status}).`);
}

export async function signOut(): Promise<void> {
  await fetch('/api/auth/signout', { method: 'POST', headers: WRITE_HEADERS });
}
