import { z } from 'zod';
import { collectExport, exportBaseName } from '@/graph/export/collect';
import { exportGraph } from '@/graph/export';
import { graphConfig } from '@/graph/config';
import type { ExportFile, ExportFormat } from '@/graph/export/types';
import { EXPORT_FORMATS } from '@/graph/export/types';
import { ARGUMENTS, argumentMessages } from '@/graph/arguments';
import { InvalidArgumentError } from '@/graph/errors';
import { isRelationType } from '@/graph/identifiers';
import type { GraphStore } from '@/graph/store';
import { errorResponse } from './http/error-response';

/**
 * `GET /api/export`: the download of one export file, made by the same library as GraphQL's
 * `exportSubgraph` and `npm run export`.
 *
 *   /api/export?ids=a,b&depth=1&format=graphml[&relationTypes=SAID,AIRED]   around some entities
 *   /api/export?all=1&format=csv                                             the whole graph
 *
 * `format` is case-insensitive and defaults to json. Errors are JSON `{ error: { code, message } }`:
 * 400 BAD_USER_INPUT, 404 NOT_FOUND, 413 TOO_LARGE (over NEWSGRAPH_MAX_EXPORT_NODES), 503
 * SERVICE_UNAVAILABLE, 500 INTERNAL_SERVER_ERROR (details in the server log only).
 */

/** A comma-separated list in one parameter, blanks dropped: `ids=a,b` or `ids=a, b`. */
const commaList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  )
  .optional();

const sizeOf = (list: unknown) => (Array.isArray(list) ? list.length : Number.NaN);

const flag = z
  .enum(['1', 'true', '0', 'false'], { error: 'all must be 1 or 0' })
  .transform((value) => value === '1' || value === 'true')
  .optional();

const querySchema = z
  .object({
    ids: commaList.pipe(
      z
        .array(z.string())
        .max(ARGUMENTS.ids.max, { error: (issue) => argumentMessages.tooManyIds('ids', sizeOf(issue.input)) })
        .optional(),
    ),
    depth: z
      .string()
      .regex(/^\d+$/, {
        error: (issue) => argumentMessages.outOfRange('depth', issue.input, ARGUMENTS.exportDepth),
      })
      // Its range is checked once, by the export library (ARGUMENTS.exportDepth), in the same words.
      .transform(Number)
      .optional(),
    format: z
      .string()
      .transform((value) => value.toUpperCase())
      .pipe(
        z.enum(EXPORT_FORMATS, {
          error: (issue) =>
            `format: ${JSON.stringify(issue.input)} is not one of ${EXPORT_FORMATS.map((f) => f.toLowerCase()).join(', ')}.`,
        }),
      )
      .optional(),
    relationTypes: commaList.pipe(
      z
        .array(
          z.string().refine(isRelationType, {
            error: (issue) =>
              `relationTypes: ${JSON.stringify(issue.input)} is not UPPER_SNAKE_CASE (capitals, digits and single underscores).`,
          }),
        )
        .optional(),
    ),
    all: flag,
  })
  .superRefine((query, ctx) => {
    const hasIds = (query.ids?.length ?? 0) > 0;
    if (query.all === true && (hasIds || (query.depth ?? 0) > 0)) {
      ctx.addIssue({ code: 'custom', message: 'give either all=1 or ids (with a depth), not both.' });
    } else if (query.all !== true && !hasIds) {
      ctx.addIssue({ code: 'custom', message: 'give ids=a,b (entity ids) or all=1 for the whole graph.' });
    }
  });

interface ExportRequest {
  ids: string[];
  depth: number;
  format: ExportFormat;
  relationTypes: string[] | undefined;
  all: boolean;
}

/** Reads the query string of an export URL; throws InvalidArgumentError naming the first bad parameter. */
function parseExportQuery(params: URLSearchParams): ExportRequest {
  const raw: Record<string, string> = {};
  for (const name of ['ids', 'depth', 'format', 'relationTypes', 'all']) {
    const value = params.get(name);
    if (value !== null) raw[name] = value;
  }
  const parsed = querySchema.safeParse(raw);
  if (!parsed.success) {
    throw new InvalidArgumentError(`GET /api/export: ${parsed.error.issues[0]?.message ?? 'bad query'}`);
  }
  const q = parsed.data;
  return {
    ids: q.ids ?? [],
    depth: q.depth ?? 0,
    format: q.format ?? 'JSON',
    relationTypes: q.relationTypes !== undefined && q.relationTypes.length > 0 ? q.relationTypes : undefined,
    all: q.all ?? false,
  };
}

/** Public (used by app/api/export/route.ts): answers one export request over the store `getStore` gives. */
export async function exportResponse(
  request: Request,
  getStore: () => Promise<GraphStore>,
): Promise<Response> {
  try {
    const query = parseExportQuery(new URL(request.url).searchParams);
    const { maxNodes } = graphConfig().exportLimits;
    const store = await getStore();
    const input = await collectExport(store, { ...query, maxNodes });
    return fileResponse(exportGraph(input, query.format, { baseName: exportBaseName(query) }));
  } catch (error) {
    return errorResponse(error, 'GET /api/export');
  }
}

/** The file as a download: bytes (a base64 zip decoded), its type, and a name the browser will keep. */
function fileResponse(file: ExportFile): Response {
  const body = file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content);
  const type =
    file.encoding === 'utf8' && !/charset=/i.test(file.mimeType)
      ? `${file.mimeType}; charset=utf-8`
      : file.mimeType;
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': type,
      'Content-Disposition': contentDisposition(file.filename),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/**
 * `attachment; filename="…"` with a name reduced to letters, digits, dots, hyphens and underscores (no
 * quotes, slashes or line breaks can reach the header), plus the RFC 6266 `filename*` form of the same.
 */
export function contentDisposition(filename: string): string {
  const safe = safeFilename(filename);
  return `attachment; filename="${safe}"; filename*=UTF-8''${encodeURIComponent(safe)}`;
}

export function safeFilename(filename: string): string {
  const cleaned = filename
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 150);
  return cleaned.length > 0 ? cleaned : 'newsgraph-export';
}
