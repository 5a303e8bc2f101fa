import { codeOfStatus } from '@/app/lib/graphql-client';
import { explainFailure } from '@/app/lib/failure-messages';
import { isRecord, isString } from './json-shape';

/**
 * The error answers of newsgraph's file routes (`/api/export`, `/api/import`):
 * `{ error: { code, message, ... } }` with an HTTP status. Read once here so the dialogs say in plain words
 * what kind of failure it was, never the server's text or a raw body.
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

/** The `code` of one of our error answers (`{ error: { code, message } }`), or null for any other body. */
function readErrorCode(body: unknown): string | null {
  if (!isRecord(body) || !isRecord(body.error)) return null;
  const { code, message } = body.error;
  return isString(code) && isString(message) ? code : null;
}

/**
 * A TransferError whose message is the catalogue's plain words for `code` (failure-messages.ts): the
 * server's own message is written for developers and never reaches the dialog.
 */
export function transferError(what: string, code: string, status: number): TransferError {
  const { title, detail } = explainFailure(what, { code });
  return new TransferError(`${title} ${detail}`, code, status);
}

/**
 * The error an answer with `status` and body `text` carries, while trying to do `what` ("export",
 * "import the files"); a body that is not ours (a proxy's error page) is named by its status where the
 * catalogue has one code for it (a 504 is TIMEOUT), else BAD_RESPONSE.
 */
export function apiError(what: string, status: number, text: string): TransferError {
  const code = readErrorCode(parseJson(text)) ?? codeOfStatus(status) ?? 'BAD_RESPONSE';
  return transferError(what, code, status);
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
  return transferError(what, 'NETWORK_ERROR', 0);
}
