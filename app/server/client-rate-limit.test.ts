import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureLogs } from '@/schema/testing/log-capture';
import { CLIENT_ADDRESS_HEADER, markClientAddressFromSocket } from './client-address';
import { createRateLimit, sharedBudgetWarning } from './http/rate-limit';
import { resolveHttpConfig } from './http/config';

/**
 * Rate limits per client: the socket address that our server (server.ts) passes on, or the signed-in
 * account, picks the budget. Real rate-limiter-flexible counters with a small limit.
 */

const KEY = Symbol.for('newsgraph.clientAddressFromSocket');
afterEach(() => {
  delete (globalThis as { [KEY]?: boolean })[KEY];
  vi.restoreAllMocks();
});

function limitOf(accountOf?: (request: Request) => Promise<string | null>) {
  const limit = createRateLimit({
    route: 'graphql',
    perMinute: 3,
    trustProxy: false,
    logger: captureLogs().logger,
    accountOf,
  });
  return (headers: Record<string, string> = {}) =>
    limit(new Request('http://localhost/api/graphql', { headers }), async () => new Response('ok'));
}

const from = (address: string) => ({ [CLIENT_ADDRESS_HEADER]: address });

describe('rate limits per client', () => {
  it('give each socket address its own budget when our server passes it on: one client’s burst does not limit another', async () => {
    markClientAddressFromSocket();
    const call = limitOf();
    for (let i = 0; i < 3; i++) expect((await call(from('127.0.0.2'))).status).toBe(200);
    expect((await call(from('127.0.0.2'))).status).toBe(429);
    expect((await call(from('127.0.0.3'))).status).toBe(200);
  });

  it('ignore the address header in a process not served by our server, where a client could have written it', async () => {
    const call = limitOf();
    for (let i = 0; i < 3; i++) await call(from('127.0.0.2'));
    expect((await call(from('127.0.0.3'))).status).toBe(429);
  });

  it('count a signed-in user per account, whatever address they call from, apart from others at that address', async () => {
    markClientAddressFromSocket();
    const call = limitOf(async (request) => request.headers.get('x-test-user'));
    for (let i = 0; i < 3; i++) await call({ ...from('10.0.0.5'), 'x-test-user': 'nora' });
    expect((await call({ ...from('10.0.0.6'), 'x-test-user': 'nora' })).status).toBe(429);
    expect((await call({ ...from('10.0.0.5'), 'x-test-user': 'omar' })).status).toBe(200);
    expect((await call(from('10.0.0.5'))).status).toBe(200);
  });

  it('warn only when a production server can see no client address at all', () => {
    const production = resolveHttpConfig({ NODE_ENV: 'production' });
    expect(sharedBudgetWarning(production, false)).toContain('npm start');
    expect(sharedBudgetWarning(production, true)).toBeNull();
  });
});
