import { afterEach, describe, expect, it, vi } from 'vitest';
import { authConfig } from './auth-config';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('authConfig (the process settings, kept between requests)', () => {
  it('follows a variable that changes, and keeps the generated secret while none is set', () => {
    vi.stubEnv('NEWSGRAPH_SESSION_SECRET', '');
    vi.stubEnv('NEWSGRAPH_READ_ACCESS', 'login');
    const first = authConfig();
    expect(first.readAccess).toBe('login');
    vi.stubEnv('NEWSGRAPH_READ_ACCESS', 'public');
    const second = authConfig();
    expect(second.readAccess).toBe('public');
    expect(second.sessionSecret).toBe(first.sessionSecret);
  });

  it('reads a configured secret, and refuses a wrong value as resolveAuthConfig does', () => {
    vi.stubEnv('NEWSGRAPH_SESSION_SECRET', 's'.repeat(40));
    expect(authConfig().sessionSecret).toBe('s'.repeat(40));
    vi.stubEnv('NEWSGRAPH_SESSION_HOURS', '0');
    expect(() => authConfig()).toThrow(/NEWSGRAPH_SESSION_HOURS/);
  });
});
