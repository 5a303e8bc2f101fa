import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import nextConfig from '@/next.config';
import { config as proxyConfig, proxy } from '@/proxy';
import {
  API_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  isGraphQLConsolePath,
  pageContentSecurityPolicy,
} from './security-headers';

/**
 * The security headers as Next is told to send them: next.config.ts `headers()` for every route, proxy.ts
 * for the pages' Content-Security-Policy. (The built server's answers are checked by the browser tests,
 * which would fail if this policy blocked the explorer.)
 */

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('next.config.ts headers', () => {
  it('sends nosniff, DENY framing, a referrer policy and a permissions policy on every path', async () => {
    const rules = (await nextConfig.headers?.()) ?? [];
    const everywhere = rules.find((rule) => rule.source === '/:path*');
    const keys = everywhere?.headers.map((header) => header.key.toLowerCase()) ?? [];
    for (const key of [
      'x-content-type-options',
      'x-frame-options',
      'referrer-policy',
      'permissions-policy',
    ]) {
      expect(keys).toContain(key);
    }
    expect(everywhere?.headers).toContainEqual({ key: 'X-Content-Type-Options', value: 'nosniff' });
    expect(everywhere?.headers).toContainEqual({ key: 'X-Frame-Options', value: 'DENY' });
  });

  it('gives the API a policy that lets nothing load or run, nor frame it', async () => {
    const rules = (await nextConfig.headers?.()) ?? [];
    const api = rules.find((rule) => rule.source === '/api/:path*');
    expect(api?.headers).toEqual([{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }]);
    const policy = directives(API_CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('lists every security header once', () => {
    const keys = SECURITY_HEADERS.map((header) => header.key.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the pages’ Content-Security-Policy', () => {
  it('allows scripts only by nonce (and what they load), never inline or eval in production', () => {
    const policy = directives(pageContentSecurityPolicy({ nonce: 'bm9uY2U=', development: false }));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
  });

  it('adds unsafe-eval under next dev only, where React’s dev tools need it', () => {
    const policy = directives(pageContentSecurityPolicy({ nonce: 'bm9uY2U=', development: true }));
    expect(policy.get('script-src')).toContain("'unsafe-eval'");
  });

  it('admits no workers and no data: fonts outside the GraphQL console', () => {
    const policy = directives(pageContentSecurityPolicy({ nonce: 'bm9uY2U=', development: false }));
    expect(policy.has('worker-src')).toBe(false);
    expect(policy.get('font-src')).toEqual(["'self'"]);
  });

  it('lets the GraphQL console run Monaco’s workers from our origin and use GraphiQL’s inlined fonts', () => {
    const policy = directives(
      pageContentSecurityPolicy({ nonce: 'bm9uY2U=', development: false, graphqlConsole: true }),
    );
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('font-src')).toEqual(["'self'", 'data:']);
    // Nothing else is loosened: scripts, connections and framing are as strict as on every page.
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('knows the console by its path, and only the console', () => {
    expect(isGraphQLConsolePath('/query')).toBe(true);
    expect(isGraphQLConsolePath('/query/')).toBe(true);
    expect(isGraphQLConsolePath('/')).toBe(false);
    expect(isGraphQLConsolePath('/queryx')).toBe(false);
    expect(isGraphQLConsolePath('/documents/query')).toBe(false);
  });
});

describe('proxy', async () => {
  function run(path: string): Promise<Response> {
    return proxy(new NextRequest(`http://localhost${path}`));
  }

  it('answers a page with a policy around a fresh nonce for each request', async () => {
    const nonceOf = (response: Response) =>
      /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
    const first = nonceOf(await run('/'));
    const second = nonceOf(await run('/'));
    expect(first).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second).toBeDefined();
    expect(first).not.toBe(second);
  });

  it('hands the same policy to the renderer, which takes the nonce for its scripts from it', async () => {
    const response = await run('/');
    // NextResponse.next({ request: { headers } }) passes request headers on in these response headers.
    expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(
      response.headers.get('content-security-policy'),
    );
  });

  it('gives the GraphQL console its workers and fonts, and no other page', async () => {
    const policyOf = async (path: string) =>
      directives((await run(path)).headers.get('content-security-policy') ?? '');
    expect((await policyOf('/query')).get('worker-src')).toEqual(["'self'"]);
    expect((await policyOf('/query')).get('font-src')).toEqual(["'self'", 'data:']);
    expect((await policyOf('/')).has('worker-src')).toBe(false);
    expect((await policyOf('/documents/cecot-bukele-clinton')).has('worker-src')).toBe(false);
    expect((await policyOf('/')).get('font-src')).toEqual(["'self'"]);
  });

  it('never adds unsafe-eval or unsafe-inline scripts outside next dev', async () => {
    const script = directives((await run('/')).headers.get('content-security-policy') ?? '').get(
      'script-src',
    );
    expect(script).not.toContain("'unsafe-eval'");
    expect(script).not.toContain("'unsafe-inline'");
  });

  it('runs on pages, and not on the API or Next’s static files', () => {
    const source = proxyConfig.matcher[0]?.source ?? '';
    const matches = (path: string) => new RegExp(`^${source}$`).test(path);
    expect(matches('/')).toBe(true);
    expect(matches('/query')).toBe(true);
    expect(matches('/api/graphql')).toBe(false);
    expect(matches('/_next/static/chunks/app.js')).toBe(false);
  });
});
