import { describe, expect, it } from 'vitest';
import { LEVEL, captureLogs } from '@/schema/testing/log-capture';
import { resolveHttpConfig } from './config';
import type { RateLimitOptions } from './rate-limit';
import { clientKey, createRateLimit, sharedBudgetWarning } from './rate-limit';

/** Per-client rate limits, with real rate-limiter-flexible counters and small limits. */

function limitOf(options: Partial<RateLimitOptions> = {}) {
  const logs = captureLogs();
  const limit = createRateLimit({
    route: 'graphql',
    perMinute: 2,
    trustProxy: false,
    logger: logs.logger,
    ...options,
  });
  let served = 0;
  const call = (headers: Record<string, string> = {}) =>
    limit(new Request('http://localhost/api/x', { headers }), async () => {
      served += 1;
      return new Response('ok');
    });
  return { call, served: () => served, lines: logs.lines };
}

describe('createRateLimit', () => {
  it('serves a client up to its limit', async () => {
    const { call, served } = limitOf();
    expect((await call()).status).toBe(200);
    expect((await call()).status).toBe(200);
    expect(served()).toBe(2);
  });

  it('answers 429 past the limit, with Retry-After in whole seconds, without running the handler', async () => {
    const { call, served } = limitOf();
    await call();
    await call();
    const refused = await call();
    expect(refused.status).toBe(429);
    expect(served()).toBe(2);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('answers /api/graphql in GraphQL’s shape with code RATE_LIMITED', async () => {
    const { call } = limitOf({ perMinute: 1 });
    await call();
    const body = (await (await call()).json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['RATE_LIMITED']);
  });

  it.each(['export', 'import'] as const)('answers /api/%s in the route’s own error shape', async (route) => {
    const { call } = limitOf({ route, perMinute: 1 });
    await call();
    const body = (await (await call()).json()) as { error: { code: string } };
    expect(body.error.code).toBe('RATE_LIMITED');
  });

  it.each(['graphql', 'export', 'import'] as const)(
    'gives a refusal of /api/%s a request id, in the x-request-id header, the body and the log line',
    async (route) => {
      const { call, lines } = limitOf({ route, perMinute: 1 });
      await call();
      const refused = await call();
      const requestId = refused.headers.get('x-request-id');
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      const body = (await refused.json()) as {
        errors?: { extensions: { requestId: string } }[];
        error?: { requestId: string };
      };
      expect(body.errors?.[0]?.extensions.requestId ?? body.error?.requestId).toBe(requestId);
      expect(lines.find((line) => line.msg === 'rate limited')?.requestId).toBe(requestId);
    },
  );

  it('keeps a trusted proxy’s request id on a refusal, so both logs share it', async () => {
    const { call } = limitOf({ perMinute: 1, trustProxy: true });
    await call({ 'x-request-id': 'proxy-1a2b3c4d' });
    const refused = await call({ 'x-request-id': 'proxy-5e6f7a8b' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('x-request-id')).toBe('proxy-5e6f7a8b');
  });

  it('logs each refusal as a warning', async () => {
    const { call, lines } = limitOf({ perMinute: 1 });
    await call();
    await call();
    expect(lines.filter((line) => line.level === LEVEL.warn && line.msg === 'rate limited')).toHaveLength(1);
  });

  it('counts clients apart by X-Forwarded-For behind a trusted proxy', async () => {
    const { call } = limitOf({ perMinute: 1, trustProxy: true });
    expect((await call({ 'x-forwarded-for': '203.0.113.7' })).status).toBe(200);
    expect((await call({ 'x-forwarded-for': '203.0.113.8, 10.0.0.1' })).status).toBe(200);
    expect((await call({ 'x-forwarded-for': '203.0.113.7' })).status).toBe(429);
  });

  it('ignores X-Forwarded-For without a trusted proxy, so a client cannot dodge its limit by changing it', async () => {
    const { call } = limitOf({ perMinute: 1 });
    expect((await call({ 'x-forwarded-for': '203.0.113.7' })).status).toBe(200);
    expect((await call({ 'x-forwarded-for': '203.0.113.8' })).status).toBe(429);
  });

  it('is off at 0 requests a minute', async () => {
    const { call, served } = limitOf({ perMinute: 0 });
    for (let i = 0; i < 5; i += 1) expect((await call()).status).toBe(200);
    expect(served()).toBe(5);
  });
});

describe('clientKey', () => {
  const request = (forwarded: string) =>
    new Request('http://localhost/', { headers: { 'x-forwarded-for': forwarded } });

  it('is the first hop of X-Forwarded-For behind a trusted proxy', () => {
    expect(clientKey(request('198.51.100.4, 10.0.0.2'), true)).toBe('198.51.100.4');
    expect(clientKey(request('2001:db8::1'), true)).toBe('2001:db8::1');
  });

  it('is "anonymous" without a trusted proxy, or when the header is not an address', () => {
    expect(clientKey(request('198.51.100.4'), false)).toBe('anonymous');
    expect(clientKey(request('<script>'), true)).toBe('anonymous');
    expect(clientKey(new Request('http://localhost/'), true)).toBe('anonymous');
  });
});

describe('sharedBudgetWarning', () => {
  it('warns a production server without a trusted proxy that all clients share one budget', () => {
    const warning = sharedBudgetWarning(resolveHttpConfig({ NODE_ENV: 'production' }));
    expect(warning).toMatch(/NEWSGRAPH_TRUST_PROXY/);
    expect(warning).toMatch(/shares one rate-limit budget/);
  });

  it.each([
    ['behind a trusted proxy', { NODE_ENV: 'production', NEWSGRAPH_TRUST_PROXY: '1' }],
    [
      'with every rate limit off',
      {
        NODE_ENV: 'production',
        NEWSGRAPH_RATE_LIMIT_GRAPHQL: '0',
        NEWSGRAPH_RATE_LIMIT_EXPORT: '0',
        NEWSGRAPH_RATE_LIMIT_IMPORT: '0',
      },
    ],
    ['outside production', { NODE_ENV: 'development' }],
  ])('says nothing %s', (_name, env) => {
    expect(sharedBudgetWarning(resolveHttpConfig(env))).toBeNull();
  });
});
