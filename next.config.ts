import type { NextConfig } from 'next';

// The Docker image sets NEXT_OUTPUT=standalone to get a self-contained server;
// `next start` (the README's way) wants the ordinary output.
const nextConfig: NextConfig = {
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  // neo4j-driver and the graphology store are server-only; keep them out of the bundler's way.
  serverExternalPackages: ['neo4j-driver'],
  poweredByHeader: false,
};

export default nextConfig;
