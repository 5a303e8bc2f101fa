import { startServerAndCreateNextHandler } from '@as-integrations/next';
import { getStore } from '@/app/server/store';
import type { GraphQLContext } from '@/schema/context';
import { createRequestContext } from '@/schema/context';
import { createApolloServer } from '@/schema/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const handler = startServerAndCreateNextHandler<Request, GraphQLContext>(createApolloServer(), {
  context: () => createRequestContext(getStore),
});

/** GraphQL over GET (queries only, CSRF-checked by Apollo) and POST. */
export function GET(request: Request): Promise<Response> {
  return handler(request);
}

export function POST(request: Request): Promise<Response> {
  return handler(request);
}
