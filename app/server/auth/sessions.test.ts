import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as localLinkRoute } from '@/app/api/auth/local/route';
import { GET as meRoute } from '@/app/api/auth/me/route';
import { POST as signOutRoute } from '@/app/api/auth/signout/route';
import { FileAccountStore } from '@/graph/accounts/file-account-store';
import { resetPassword, setRole } from '@/graph/accounts/accounts';
import { resolveAuthConfig } from './auth-config';
import { issueLocalLink } from './local-link';
import { readSession } from './session-cookie';
import { CHEAP_SCRYPT, addTestAccount, cookieHeaderOf, sessionFor, signInRequest } from './testing/accounts';

/**
 * Sessions through the real routes: the cookie's flags, rotation at sign-in, expiry, sign-out, the end of
 * sessions when an account changes, and the one-time local link.
 */

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'newsgraph-sessions-'));
  for (const name of [
    'NEO4J_URI',
    'NEWSGRAPH_READ_ACCESS',
    'NEWSGRAPH_SESSION_HOURS',
    'NEWSGRAPH_TRUST_PROXY',
  ])
    vi.stubEnv(name, '');
  vi.stubEnv('NEWSGRAPH_DATA_DIR', dataDir);
  await addTestAccount(dataDir, 'nora', 'editor');
});
afterEach(async () => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

async function whoIs(cookie: string): Promise<{ name: string; role: string } | null> {
  const response = await meRoute(new Request('http://localhost/api/auth/me', { headers: { cookie } }));
  return ((await response.json()) as { user: { name: string; role: string } | null }).user;
}

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, for the whole site, with a bounded Max-Age, and not Secure over plain HTTP', async () => {
    const set = (await signInRequest('nora')).headers.get('set-cookie') ?? '';
    const attributes = set.split('; ').slice(1);
    expect(attributes).toEqual(
      expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${12 * 3600}`]),
    );
    expect(attributes).not.toContain('Secure');
  });

  it('is Secure when the request came over HTTPS, directly or through a trusted proxy', async () => {
    const direct = await signInRequest('nora', undefined, {}, 'https://news.example/api/auth/signin');
    expect(direct.headers.get('set-cookie')).toContain('; Secure');
    vi.stubEnv('NEWSGRAPH_TRUST_PROXY', '1');
    const proxied = await signInRequest('nora', undefined, { 'x-forwarded-proto': 'https' });
    expect(proxied.headers.get('set-cookie')).toContain('; Secure');
  });

  it('believes no X-Forwarded-Proto without a trusted proxy', async () => {
    const forged = await signInRequest('nora', undefined, { 'x-forwarded-proto': 'https' });
    expect(forged.headers.get('set-cookie')).not.toContain('Secure');
  });

  it('is a new session at every sign-in, even when the browser sent one along (rotation)', async () => {
    const first = await sessionFor('nora');
    const second = cookieHeaderOf(await signInRequest('nora', undefined, { cookie: first }));
    const secret = resolveAuthConfig().sessionSecret;
    const sid = async (cookie: string) =>
      (await readSession(new Request('http://x/', { headers: { cookie } }), secret, Date.now()))?.sid;
    expect(await sid(first)).toBeDefined();
    expect(await sid(second)).toBeDefined();
    expect(await sid(second)).not.toBe(await sid(first));
  });

  it('stops counting once its lifetime is over', async () => {
    vi.stubEnv('NEWSGRAPH_SESSION_HOURS', '1');
    vi.useFakeTimers({ toFake: ['Date'] });
    const cookie = await sessionFor('nora');
    expect(await whoIs(cookie)).toMatchObject({ name: 'nora' });
    vi.setSystemTime(Date.now() + 59 * 60_000);
    expect(await whoIs(cookie)).toMatchObject({ name: 'nora' });
    vi.setSystemTime(Date.now() + 2 * 60_000);
    expect(await whoIs(cookie)).toBeNull();
  });

  it('ends at sign-out: the answer clears the cookie, and a copy kept of it no longer counts', async () => {
    const cookie = await sessionFor('nora');
    const out = await signOutRoute(
      new Request('http://localhost/api/auth/signout', {
        method: 'POST',
        headers: { cookie, 'x-newsgraph-csrf': '1' },
      }),
    );
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/^newsgraph_session=; .*Max-Age=0/);
    expect(await whoIs(cookie)).toBeNull();
  });

  it('refuses a sign-in or sign-out without the CSRF header', async () => {
    expect((await signInRequest('nora', undefined, { 'x-newsgraph-csrf': '' })).status).toBe(403);
    const cookie = await sessionFor('nora');
    const out = await signOutRoute(
      new Request('http://localhost/api/auth/signout', { method: 'POST', headers: { cookie } }),
    );
    expect(out.status).toBe(403);
    expect(await whoIs(cookie)).toMatchObject({ name: 'nora' });
  });

  it('ends when the password is reset or the role changes, and follows the account’s current role', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const store = await FileAccountStore.open(dataDir);
    const cookie = await sessionFor('nora');
    vi.setSystemTime(Date.now() + 1000);
    await setRole(store, 'nora', 'admin');
    expect(await whoIs(cookie)).toBeNull();
    vi.setSystemTime(Date.now() + 1000);
    const again = await sessionFor('nora');
    expect(await whoIs(again)).toMatchObject({ role: 'admin' });
    vi.setSystemTime(Date.now() + 1000);
    await resetPassword(store, 'nora', 'a brand new password', { scrypt: CHEAP_SCRYPT });
    expect(await whoIs(again)).toBeNull();
  });

  it('answers a wrong password and an unknown name alike: 401, no cookie', async () => {
    for (const response of [await signInRequest('nora', 'wrong password!'), await signInRequest('nobody')]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
        'The name or the password is wrong.',
      );
    }
  });
});

describe('the one-time local sign-in link', () => {
  const open = (link: string) => localLinkRoute(new Request(link));

  it('signs in the editor "local" once, and only once', async () => {
    const link = issueLocalLink('http://localhost:3000');
    const first = await open(link);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    expect(await whoIs(cookieHeaderOf(first))).toMatchObject({ name: 'local', role: 'editor' });
    const second = await open(link);
    expect(second.status).toBe(401);
    expect(second.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a token that is not the one printed, and an empty one', async () => {
    const link = issueLocalLink('http://localhost:3000');
    const wrong = link.replace(/token=./, (m) =>
      m.endsWith('A') ? `${m.slice(0, -1)}B` : `${m.slice(0, -1)}A`,
    );
    expect((await open(wrong)).status).toBe(401);
    expect((await open('http://localhost:3000/api/auth/local?token=')).status).toBe(401);
    expect((await open(link)).status).toBe(303);
  });

  it('stops working when a newer link is printed', async () => {
    const old = issueLocalLink('http://localhost:3000');
    issueLocalLink('http://localhost:3000');
    expect((await open(old)).status).toBe(401);
  });
});
