import { GET as health } from '@/app/api/health/route';
import { POST as graphql } from '@/app/api/graphql/route';

/** Test support for the fault tests: the real route handlers, called as a client would call them. */
export { useEnv } from './store-env';
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
