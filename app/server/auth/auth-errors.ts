import type { ErrorCode } from '@/schema/error-codes';
import { jsonError } from '../http/error-response';

/**
 * The answers of the auth layer, in the API's error shape `{ error: { code, message } }` with the status
 * from the catalogue (schema/error-codes.ts): 401 UNAUTHENTICATED (nobody is signed in, or the name or
 * password is wrong), 403 FORBIDDEN (signed in, but the role does not allow it; or the CSRF header is
 * missing), 429 RATE_LIMITED (sign-in slowed or refused, with Retry-After), 400 BAD_USER_INPUT.
 */
export type AuthErrorCode = Extract<
  ErrorCode,
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'RATE_LIMITED' | 'BAD_USER_INPUT'
>;

export function authError(
  code: AuthErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
): Response {
  const response = jsonError(code, message, extra);
  if (typeof extra.retryAfter === 'number') response.headers.set('Retry-After', String(extra.retryAfter));
  return response;
}
