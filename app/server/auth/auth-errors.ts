/**
 * The answers of the auth layer, in the API's error shape `{ error: { code, message } }`:
 * 401 UNAUTHENTICATED (nobody is signed in, or the name or password is wrong), 403 FORBIDDEN (signed in,
 * but the role does not allow it; or the CSRF header is missing), 429 RATE_LIMITED (sign-in slowed or
 * refused, with Retry-After).
 */
export type AuthErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'RATE_LIMITED' | 'BAD_USER_INPUT';

const STATUS: Record<AuthErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  BAD_USER_INPUT: 400,
};

export function authError(code: AuthErrorCode, message: string, extra: Record<string, unknown> = {}): Response {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (typeof extra.retryAfter === 'number') headers['Retry-After'] = String(extra.retryAfter);
  return Response.json({ error: { code, message, ...extra } }, { status: STATUS[code], headers });
}
