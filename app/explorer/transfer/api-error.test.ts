import { ERROR_CODES } from '@/schema/error-codes';
import { describe, expect, it } from 'vitest';
import { TransferError, apiError } from './api-error';

describe('apiError', () => {
  it('keeps the code and message of the API’s own error answer', () => {
    const error = apiError(413, JSON.stringify({ error: { code: 'TOO_LARGE', message: 'over 5000' } }));
    expect(error).toBeInstanceOf(TransferError);
    expect(error.code).toBe('TOO_LARGE');
    expect(error.status).toBe(413);
    expect(error.message).toBe('over 5000');
  });

  it('calls any other body BAD_RESPONSE, or by the catalogue’s one code for its status (503, 504, 429, 413)', () => {
    expect(apiError(502, '<html>Bad gateway</html>').code).toBe('BAD_RESPONSE');
    expect(apiError(500, '{"message":"not ours"}').code).toBe('BAD_RESPONSE');
    expect(apiError(503, '').code).toBe('SERVICE_UNAVAILABLE');
    const timeout = apiError(504, '<html>Gateway Timeout</html>');
    expect(timeout.code).toBe('TIMEOUT');
    expect(timeout.message).toBe(ERROR_CODES.TIMEOUT.message);
    expect(apiError(429, '').code).toBe('RATE_LIMITED');
    expect(apiError(413, '<html>Request Entity Too Large</html>').code).toBe('TOO_LARGE');
  });
});
