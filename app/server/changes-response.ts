import { z } from 'zod';
import { changesToCsv } from '@/graph/audit/csv';
import { MAX_CHANGES_LIMIT } from '@/graph/audit/query';
import { ITEM_KINDS } from '@/graph/audit/change';
import type { GraphStore } from '@/graph/store';
import { errorResponse, jsonError } from './http/error-response';

/**
 * `GET /api/changes`: the audit trail, for editors (it names people), newest first.
 *
 *   /api/changes?actor=nora&source=wire.json&item=rita-sol&kind=entity&since=2026-03-01&until=…&limit=100
 *   /api/changes?…&format=csv        the same rows as a CSV download, one row per changed item
 *
 * JSON answers `{ changes: ChangeRecord[] }`. Errors: 400 BAD_USER_INPUT, 401, 403, 503.
 */
const querySchema = z.object({
  actor: z.string().min(1).max(200).optional(),
  source: z.string().min(1).max(500).optional(),
  item: z.string().min(1).max(500).optional(),
  kind: z.enum(ITEM_KINDS).optional(),
  since: z.string().max(40).optional(),
  until: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_CHANGES_LIMIT).optional(),
  order: z.enum(['newest', 'oldest']).optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

export async function changesResponse(
  request: Request,
  getStore: () => Promise<GraphStore>,
): Promise<Response> {
  const params = Object.fromEntries(
    [...new URL(request.url).searchParams].filter(([, value]) => value.trim() !== ''),
  );
  const parsed = querySchema.safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return jsonError(
      'BAD_USER_INPUT',
      `GET /api/changes: ${String(issue?.path[0] ?? 'query')} ${issue?.message ?? 'is invalid'}.`,
    );
  }
  const q = parsed.data;
  try {
    const store = await getStore();
    const changes = await store.changes({
      actor: q.actor,
      source: q.source,
      itemId: q.item,
      itemKind: q.kind,
      since: q.since,
      until: q.until,
      limit: q.limit,
      order: q.order,
    });
    if (q.format === 'csv') {
      return new Response(changesToCsv(changes), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': 'attachment; filename="newsgraph-changes.csv"',
          'Cache-Control': 'no-store',
        },
      });
    }
    return Response.json({ changes }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error, 'GET /api/changes');
  }
}
