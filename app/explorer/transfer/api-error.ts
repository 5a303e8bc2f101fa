import { codeOfStatus } from '@/app/lib/graphql-client';
import { ERROR_CODES } from '@/schema/error-codes';
import { isRecord, isString } from './json-shape';

/**
 * The error answers of newsgraph's file routes (`/api/export`, `/api/import`):
 * `{ error: { code, message, ... } }` with an HTTP status. Read once here so the dialogs show the server's
 * own message (it says what to fix) and never a raw body.
 */

/** A failed export or import request. `code` is the server's (TOO_LARGE, BAD_USER_INPUT, ...) or ours. */
export class TransferError extends Error {
  override readonly name = 'TransferError';
  constructor(
    message: string,
    /** The API's code, or NETWORK_ERROR (no answer) / BAD_RESPONSE (an answer that is not ours). */
    readonly code: string,
    /** The HTTP status, or 0 when no answer came back. */
    readonly status: number,
  ) {
    super(message);
  }
}

/** The `{ error: { code, message } }` of one of our error answers, or null for any other body. */
function readErrorBody(body: unknown): { code: string; message: string } | null {
  if (!isRecord(body) || !isRecord(body.error)) return null;
  const { code, message } = body.error;
  return isString(code) && isString(message) ? { code, message } : null;
}

/**
 * The error an answer with `status` and body `text` carries; a body that is not ours (a proxy's error
 * page) is named by its status where the catalogue has one code for it (a 504 is TIMEOUT), else said so
 * plainly.
 */
export function apiError(status: number, text: string): TransferError {
  const error = readErrorBody(parseJson(text));
  if (error !== null) return new TransferError(error.message, error.code, status);
  const code = codeOfStatus(status);
  if (code !== undefined) return new TransferError(ERROR_CODES[code].message, code, status);
  return new TransferError(
    `The server answered HTTP ${status} without saying why.${status >= 500 ? ' Its log says more.' : ''}`,
    'BAD_RESPONSE',
    status,
  );
}

/** JSON.parse that answers `undefined` for text that is not JSON (an HTML error page from a proxy). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The request never got an answer: the server is down, or the network is. */
export function networkError(what: string): TransferError {
  return new TransferError(
    `The newsgraph server did not answer, so the ${what} did not happen. Check that it is running, then try again.`,
    'NETWORK_ERROR',
    0,
  );
}
