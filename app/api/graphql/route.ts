import { createGraphQLHandler } from '@/app/server/graphql-handler';
import { serveApi } from '@/app/server/http/api-route';
import { getStore } from '@/app/server/store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const handler = createGraphQLHandler({ getStore });

/** GraphQL over GET (queries only, CSRF-checked by Apollo) and POST; see app/server/graphql-handler.ts. */
export function GET(request: Request): Promise<Response> {
  return serveApi('graphql', request, () => handler(request));
}

export function POST(request: Request): Promise<Response> {
  return serveApi('graphql', request, () => handler(request));
}
