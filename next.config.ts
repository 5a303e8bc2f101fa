import type { NextConfig } from 'next';
import { API_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './app/server/http/security-headers';

// The Docker image sets NEXT_OUTPUT=standalone to get a self-contained server;
// `next start` (the README's way) wants the ordinary output.
const nextConfig: NextConfig = {
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  // Several builds side by side (one per developer checking e2e at once) each need their own folder.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // neo4j-driver and the graphology store are server-only; keep them out of the bundler's way. graphql
  // and graphql-jit too: bundled, graphql-jit's `isObjectType` checks ran against another copy of graphql
  // than the schema's introspection types and the console's introspection failed ("unsupported type:
  // __Schema!"); loaded by Node, every import of graphql is the one copy (e2e/console.e2e.test.ts).
  serverExternalPackages: ['neo4j-driver', 'graphql', 'graphql-jit'],
  poweredByHeader: false,
  // Security headers on every answer; the pages' Content-Security-Policy carries a per-request nonce and so
  // is set by proxy.ts, the API's here (app/server/security-headers.ts says why each header is what it is).
  async headers() {
    return [
      { source: '/:path*', headers: [...SECURITY_HEADERS] },
      {
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }],
      },
    ];
  },
};

export default nextConfig;
