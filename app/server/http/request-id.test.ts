import { describe, expect, it } from 'vitest';
import { requestIdFor } from './request-id';

describe('requestIdFor', () => {
  const withId = (id: string) => new Request('http://localhost/', { headers: { 'x-request-id': id } });

  it('makes a fresh UUID when there is no header', () => {
    expect(requestIdFor(new Request('http://localhost/'), true)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a trusted proxy’s id', () => {
    expect(requestIdFor(withId('lb-1a2b3c4d'), true)).toBe('lb-1a2b3c4d');
  });

  it('replaces the header’s id when no proxy is trusted', () => {
    expect(requestIdFor(withId('lb-1a2b3c4d'), false)).not.toBe('lb-1a2b3c4d');
  });

  it.each(['short', 'has spaces in it', '"quoted"-1234; x=1', 'x'.repeat(129)])(
    'replaces an id a log viewer could misread, even from a trusted proxy: %j',
    (id) => {
      expect(requestIdFor(withId(id), true)).not.toBe(id);
    },
  );
});
