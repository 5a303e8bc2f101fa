import { ExportTooLargeError } from '@/graph/export/limits';
import { InvalidArgumentError, InvalidDataError, NotFoundError, StoreUnavailableError } from '@/graph/errors';
import type { ErrorCode } from '@/schema/error-codes';
import { INTERNAL_ERROR_MESSAGE, httpStatusOf } from '@/schema/error-codes';
import { currentRequestScope } from '@/schema/request-scope';
import { getLogger } from '../logger';

/**
 * The error answers of the REST routes (`/api/export`, `/api/import`): `{ error: { code, message } }`
 * with the status the catalogue (schema/error-codes.ts) gives the code.
 */

/**
 * Public: a JSON error answer, `{ error: { code, message, ...extra } }`, never cached, with the status the
 * catalogue (schema/error-codes.ts) gives its code.
 */
export function jsonError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): Response {
  return Response.json(
    { error: { code, message, ...extra } },
    { status: httpStatusOf(code), headers: { 'Cache-Control': 'no-store' } },
  );
}

/**
 * Public: our errors become their HTTP status with their message (it says what to fix); anything else is
 * logged here and answered 500 without details, as the GraphQL API masks it (driver messages name hosts),
 * but with the request's id, which the log line carries too.
 */
export function errorResponse(error: unknown, where: string): Response {
  if (error instanceof ExportTooLargeError) return jsonError('TOO_LARGE', error.message);
  if (error instanceof InvalidArgumentError || error instanceof InvalidDataError) {
    return jsonError('BAD_USER_INPUT', error.message);
  }
  if (error instanceof NotFoundError) return jsonError('NOT_FOUND', error.message);
  if (error instanceof StoreUnavailableError) return jsonError('SERVICE_UNAVAILABLE', error.message);
  const scope = currentRequestScope();
  (scope?.logger ?? getLogger()).error({ err: error, where }, `${where}: unexpected error`);
  const extra = scope === undefined ? {} : { requestId: scope.requestId };
  return jsonError('INTERNAL_SERVER_ERROR', INTERNAL_ERROR_MESSAGE, extra);
}
