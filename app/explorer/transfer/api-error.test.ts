import { describe, expect, it } from 'vitest';
import { TransferError, apiError, networkError } from './api-error';

describe('apiError', () => {
  it('keeps the code of the API’s own error answer but says it in plain words, not the API’s text', () => {
    const raw = 'import: the body is 5001 KB; the limit is 5000 KB (NEWSGRAPH_IMPORT_MAX_BYTES).';
    const error = apiError(
      'import the files',
      413,
      JSON.stringify({ error: { code: 'TOO_LARGE', message: raw } }),
    );
    expect(error).toBeInstanceOf(TransferError);
    expect(error.code).toBe('TOO_LARGE');
    expect(error.status).toBe(413);
    expect(error.message).toBe(
      'Could not import the files: it is too large. The request or its answer is over the size the server allows. Ask for less at once.',
    );
    expect(error.message).not.toContain('NEWSGRAPH');
  });

  it('calls any other body BAD_RESPONSE, or by the catalogue’s one code for its status (503, 504, 429, 413)', () => {
    expect(apiError('export', 502, '<html>Bad gateway</html>').code).toBe('BAD_RESPONSE');
    expect(apiError('export', 500, '{"message":"not ours"}').code).toBe('BAD_RESPONSE');
    expect(apiError('export', 503, '').code).toBe('SERVICE_UNAVAILABLE');
    const timeout = apiError('export', 504, '<html>Gateway Timeout</html>');
    expect(timeout.code).toBe('TIMEOUT');
    expect(timeout.message).toContain('Could not export: the server took too long.');
    expect(timeout.message).not.toContain('html');
    expect(apiError('export', 429, '').code).toBe('RATE_LIMITED');
    expect(apiError('export', 413, '<html>Request Entity Too Large</html>').code).toBe('TOO_LARGE');
  });

  it('says a request that got no answer in plain words', () => {
    const error = networkError('export');
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.message).toContain('The newsgraph server is not answering.');
  });
});
