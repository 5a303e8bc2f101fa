import { addAccount } from '@/graph/accounts/accounts';
import { FileAccountStore } from '@/graph/accounts/file-account-store';
import type { Role } from '@/graph/accounts/role';
import { POST as signIn } from '@/app/api/auth/signin/route';

/**
 * Test support: real accounts in an embedded data directory, and real sessions got by signing in through
 * the sign-in route (no cookie is made by hand). scrypt runs with cheap parameters here: what is tested is
 * who may do what, not the KDF's cost.
 */
export const TEST_PASSWORD = 'correct horse battery staple';
export const CHEAP_SCRYPT = { logN: 10, r: 8, p: 1 };

export async function addTestAccount(dataDir: string, name: string, role: Role): Promise<void> {
  const store = await FileAccountStore.open(dataDir);
  await addAccount(store, name, role, TEST_PASSWORD, { scrypt: CHEAP_SCRYPT });
}

/** The sign-in route's answer for `name` and `password`. */
export function signInRequest(
  name: string,
  password = TEST_PASSWORD,
  headers: Record<string, string> = {},
  url = 'http://localhost/api/auth/signin',
): Promise<Response> {
  return signIn(
    new Request(url, {
      method: 'POST',
      body: JSON.stringify({ name, password }),
      headers: { 'content-type': 'application/json', 'x-newsgraph-csrf': '1', ...headers },
    }),
  );
}

/** Signs `name` in and returns the `cookie` request header that carries the new session. */
export async function sessionFor(name: string): Promise<string> {
  const response = await signInRequest(name);
  if (response.status !== 200) throw new Error(`sign-in of ${name} answered ${response.status}`);
  return cookieHeaderOf(response);
}

/** The `name=value` part of a response's Set-Cookie, as a browser would send it back. */
export function cookieHeaderOf(response: Response): string {
  const set = response.headers.get('set-cookie') ?? '';
  return set.split(';')[0] ?? '';
}
