import { vi } from 'vitest';
import { GET as health } from '@/app/api/health/route';
import { POST as graphql } from '@/app/api/graphql/route';

/**
 * Test support for the fault tests: the real route handlers called as a client would, and the store's
 * variables stubbed for the process (every one of them, so the environment the tests run in cannot leak
 * into a case).
 */
const STORE_VARIABLES = [
  'NEO4J_URI',
  'NEO4J_USER',
  'NEO4J_PASSWORD',
  'NEO4J_DATABASE',
  'NEO4J_CONNECTION_TIMEOUT_MS',
  'NEWSGRAPH_DATA_DIR',
];

export function useEnv(env: Record<string, string>) {
  for (const name of STORE_VARIABLES) vi.stubEnv(name, env[name] ?? '');
}

export interface GraphQLBody {
  data?: { stats?: { entityCount: number } } | null;
  errors?: { extensions?: { code?: string } }[];
}

export async function askStats(): Promise<{ status: number; body: GraphQLBody }> {
  const response = await graphql(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { entityCount } }' }),
    }),
  );
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}

export async function askHealth(): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await health(new Request('http://localhost/api/health'));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
