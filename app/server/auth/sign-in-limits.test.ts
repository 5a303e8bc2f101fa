import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileAccountStore } from '@/graph/accounts/file-account-store';
import { resolveAuthConfig } from './auth-config';
import type { AuthDeps } from './current-user';
import { signInResponse } from './sign-in';
import { SignInLimits } from './sign-in-limits';
import { TEST_PASSWORD, addTestAccount } from './testing/accounts';

/**
 * Brute-force slowing through the real sign-in handler (real accounts, real scrypt), with the clock
 * moved by hand: after the free failures each attempt must wait, even with the right password, and past
 * the maximum sign-in is refused for the rest of the window; per account and per client.
 */

let dataDir: string;
let deps: AuthDeps;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  dataDir = await mkdtemp(path.join(tmpdir(), 'newsgraph-brute-'));
  await addTestAccount(dataDir, 'nora', 'editor');
  const accounts = await FileAccountStore.open(dataDir);
  deps = {
    config: resolveAuthConfig({}),
    accounts: async () => accounts,
    now: () => Date.now(),
    trustProxy: true,
  };
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dataDir, { recursive: true, force: true });
});

const LIMITS = {
  perAccount: { free: 3, max: 6 },
  perClient: { free: 5, max: 8 },
  windowSeconds: 3600,
  maxPauseSeconds: 60,
};

function attempt(
  limits: SignInLimits,
  name: string,
  password: string,
  client = '203.0.113.7',
): Promise<Response> {
  return signInResponse(
    new Request('http://localhost/api/auth/signin', {
      method: 'POST',
      body: JSON.stringify({ name, password }),
      headers: { 'x-newsgraph-csrf': '1', 'x-forwarded-for': client },
    }),
    deps,
    limits,
  );
}

const later = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);

describe('failed sign-ins', () => {
  it('are free at first, then slow every attempt, even one with the right password', async () => {
    const limits = new SignInLimits(LIMITS);
    for (let i = 0; i < 3; i++) expect((await attempt(limits, 'nora', 'wrong password')).status).toBe(401);
    // The fourth failure starts a 1 s pause.
    expect((await attempt(limits, 'nora', 'wrong password')).status).toBe(401);
    const slowed = await attempt(limits, 'nora', TEST_PASSWORD);
    expect(slowed.status).toBe(429);
    expect(slowed.headers.get('retry-after')).toBe('1');
    expect(((await slowed.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
    // The fifth failure doubles the pause.
    later(1.1);
    expect((await attempt(limits, 'nora', 'wrong password')).status).toBe(401);
    expect((await attempt(limits, 'nora', TEST_PASSWORD)).headers.get('retry-after')).toBe('2');
    later(2.1);
    expect((await attempt(limits, 'nora', TEST_PASSWORD)).status).toBe(200);
  });

  it('are refused for the rest of the window past the maximum, and a right password does not reopen it', async () => {
    const limits = new SignInLimits(LIMITS);
    for (let i = 0; i < 6; i++) {
      expect((await attempt(limits, 'nora', 'wrong password')).status).toBe(401);
      later(61);
    }
    const refused = await attempt(limits, 'nora', TEST_PASSWORD);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);
    later(3600);
    expect((await attempt(limits, 'nora', TEST_PASSWORD)).status).toBe(200);
  });

  it('count per client too: one client guessing many names is slowed, another client is not', async () => {
    const limits = new SignInLimits(LIMITS);
    for (let i = 0; i < 6; i++) await addTestAccount(dataDir, `guess-${i}`, 'reader');
    for (let i = 0; i < 6; i++) await attempt(limits, `guess-${i}`, 'wrong password');
    expect((await attempt(limits, 'nora', TEST_PASSWORD)).status).toBe(429);
    expect((await attempt(limits, 'nora', TEST_PASSWORD, '198.51.100.2')).status).toBe(200);
  });

  it('are forgiven for the account by a right password', async () => {
    const limits = new SignInLimits(LIMITS);
    for (let i = 0; i < 3; i++) await attempt(limits, 'nora', 'wrong password');
    expect((await attempt(limits, 'nora', TEST_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 3; i++)
      expect((await attempt(limits, 'nora', 'wrong password', '198.51.100.9')).status).toBe(401);
  });
});
