import { withRequestId } from '@/app/server/http/api-route';
import { checkHealth } from '@/app/server/health';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Liveness and store readiness: 200 with the graph's size when the store answers, 503 with why when not. */
export function GET(request: Request): Promise<Response> {
  return withRequestId(request, async () => {
    const report = await checkHealth();
    return Response.json(report, {
      status: report.status === 'ok' ? 200 : 503,
      headers: { 'Cache-Control': 'no-store' },
    });
  });
}
