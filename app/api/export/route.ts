import { serveApi } from '@/app/server/http/api-route';
import { exportResponse } from '@/app/server/export-response';
import { getStore } from '@/app/server/store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** A subgraph as a file download: `?ids=a,b&depth=1&format=graphml` or `?all=1&format=csv` (see export-response.ts). */
export function GET(request: Request): Promise<Response> {
  return serveApi('export', request, () => exportResponse(request, getStore));
}
