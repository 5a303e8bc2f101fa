import { graphConfig } from '@/graph/config';
import { InvalidArgumentError } from '@/graph/errors';
import type { ImportFile, ImportFormat, ImportLimits } from '@/graph/import';
import { ImportRejectedError, ImportTooLargeError, importGraph, parseFormatName } from '@/graph/import';
import type { GraphStore } from '@/graph/store';
import type { User } from './auth/user';
import { errorResponse, jsonError } from './http/error-response';

/**
 * `POST /api/import`: files uploaded as `multipart/form-data`, imported by the same service as
 * `npm run import` (all or nothing, merging by id).
 *
 * Fields: one or more `file` (our JSON bundle, Cytoscape JSON, GraphML, GEXF, a CSV pair or a zip of
 * one), optional `format` (read every file as that format instead of detecting it), optional `dryRun=1`
 * (check and count, write nothing). Answers `200 { summary, dryRun }`, or `{ error: { code, message } }`:
 * 400 BAD_USER_INPUT (with `problems: [{ file, path, message }]`, `problemCount` and `summary` when the
 * files are refused), 403 FORBIDDEN, 413 TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 503 SERVICE_UNAVAILABLE.
 *
 * Cross-site requests: a form on another site can POST multipart/form-data to this URL without a CORS
 * preflight, with the user's cookies, and make the server write. So, as Apollo's CSRF prevention does
 * for GraphQL, every import must carry the header `x-newsgraph-csrf: 1`: a custom header that a plain
 * form cannot set and that a cross-origin `fetch` can only send after a preflight this server never
 * approves.
 */

/** The header every import must carry (any non-empty value is accepted; the explorer sends `1`). */
const CSRF_HEADER = 'x-newsgraph-csrf';

/**
 * Room for what multipart wraps around the files (boundaries, part headers, the small fields): the body
 * may be this much larger than the files' byte limit. The files themselves are checked exactly later.
 */
const MULTIPART_ALLOWANCE = 64 * 1024;

/**
 * Public (used by app/api/import/route.ts, after the write guard): answers one import request by `user`
 * over the store `getStore` gives; the write is recorded in the audit trail under the user's name.
 */
export async function importResponse(
  request: Request,
  getStore: () => Promise<GraphStore>,
  user: User,
): Promise<Response> {
  if ((request.headers.get(CSRF_HEADER) ?? '').trim() === '') {
    return jsonError(
      'FORBIDDEN',
      `POST /api/import: add the header "${CSRF_HEADER}: 1". It keeps other sites' forms from importing into this graph.`,
    );
  }
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    return jsonError(
      'UNSUPPORTED_MEDIA_TYPE',
      'POST /api/import: send the files as multipart/form-data, one or more "file" fields.',
    );
  }
  try {
    const limits = graphConfig().importLimits;
    const form = await readForm(request, type, limits);
    const files = await filesOf(form);
    const format = formatOf(form);
    const dryRun = isSet(form.get('dryRun')) || isSet(new URL(request.url).searchParams.get('dryRun'));
    const store = await getStore();
    const summary = await importGraph(store, files, { ...limits, format, dryRun, actor: user.name });
    return Response.json({ summary, dryRun }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return importErrorResponse(error);
  }
}

/**
 * The form, read with the size limit enforced twice: from Content-Length before a byte is read (an honest
 * client is refused at once), and while reading (a client that lies or streams without a length is cut
 * off as soon as it passes the limit, instead of filling the server's memory).
 */
async function readForm(request: Request, type: string, limits: ImportLimits): Promise<FormData> {
  const cap = limits.maxBytes + MULTIPART_ALLOWANCE;
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > cap) throw tooLarge(declared, limits.maxBytes);
  const body = await readCapped(request, cap, limits.maxBytes);
  try {
    // Parsing the bytes already read, with the original boundary, keeps the cap and the parser honest.
    return await new Response(body, { headers: { 'content-type': type } }).formData();
  } catch {
    throw new InvalidArgumentError(
      'POST /api/import: the body is not valid multipart/form-data; send the files as "file" fields of a form.',
    );
  }
}

async function readCapped(request: Request, cap: number, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (request.body === null) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel();
      throw tooLarge(total, maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function tooLarge(bytes: number, maxBytes: number): ImportTooLargeError {
  const mb = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`;
  return new ImportTooLargeError(
    `POST /api/import: the upload is ${bytes > maxBytes ? `about ${mb(bytes)}` : 'too large'}, over the limit of ${mb(maxBytes)}; split the import or raise NEWSGRAPH_MAX_IMPORT_BYTES.`,
    maxBytes,
  );
}

/** The uploaded `file` fields as bytes; their total is checked again by the import service. */
async function filesOf(form: FormData): Promise<ImportFile[]> {
  const uploads = form.getAll('file').filter((value): value is File => typeof value !== 'string');
  if (uploads.length === 0) {
    throw new InvalidArgumentError('POST /api/import: add one or more files as "file" fields of the form.');
  }
  return Promise.all(
    uploads.map(async (upload, i) => ({
      // A file name is only used to detect the format and in messages; a blank one still needs a label.
      name: upload.name.trim() === '' ? `upload-${i + 1}` : upload.name,
      content: new Uint8Array(await upload.arrayBuffer()),
    })),
  );
}

function formatOf(form: FormData): ImportFormat | undefined {
  const value = form.get('format');
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const format = parseFormatName(value);
  if (format === undefined) {
    throw new InvalidArgumentError(
      `POST /api/import: format ${JSON.stringify(value)} is not one of json, cytoscape, graphml, gexf, csv.`,
    );
  }
  return format;
}

function isSet(value: FormDataEntryValue | string | null): boolean {
  return typeof value === 'string' && ['1', 'true', 'yes'].includes(value.trim().toLowerCase());
}

/**
 * Refused files answer 400 with every problem (file, line or path, what is wrong) and the summary of what
 * would have been rejected; the rest as every other route answers them.
 */
function importErrorResponse(error: unknown): Response {
  if (error instanceof ImportRejectedError) {
    return jsonError('BAD_USER_INPUT', error.message, {
      problems: error.problems.map(({ file, path, message }) => ({ file, path, message })),
      problemCount: error.problemCount,
      summary: error.summary,
    });
  }
  if (error instanceof ImportTooLargeError) return jsonError('TOO_LARGE', error.message);
  return errorResponse(error, 'POST /api/import');
}
