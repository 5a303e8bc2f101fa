import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, NotFoundError, StoreUnavailableError } from '../graph/errors';
import { ERROR_CODES, isErrorCode } from './error-codes';

/**
 * The catalogue itself. That each code the server sends is in it is checked where the codes are read:
 * every test that reads a code goes through `catalogued` (schema/testing/execute.ts), and the REST and
 * edge answers take their code's type, and so their status, from it.
 */
describe('the error catalogue', () => {
  it('has the codes of the domain errors a client may see', () => {
    const errors = [new InvalidArgumentError('x'), new NotFoundError('x'), new StoreUnavailableError('x')];
    for (const error of errors) expect(isErrorCode(error.code), error.code).toBe(true);
  });

  it('has every code Apollo Server may answer with (persisted queries are off, so PERSISTED_QUERY_NOT_FOUND is never sent)', () => {
    const apollo = Object.values(ApolloServerErrorCode).filter(
      (code) => code !== ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
    );
    expect(apollo.filter((code) => !isErrorCode(code))).toEqual([]);
  });

  it('keeps the data file INVALID_DATA out: it is the operator’s business and masked as an internal error', () => {
    expect(isErrorCode('INVALID_DATA')).toBe(false);
    expect(isErrorCode('toString')).toBe(false);
  });

  it.each(Object.entries(ERROR_CODES))(
    'gives %s an error status and a sentence for people',
    (_code, entry) => {
      expect(entry.status).toBeGreaterThanOrEqual(400);
      expect(entry.status).toBeLessThan(600);
      expect(entry.message).toMatch(/^[A-Z].{20,}\.$/);
    },
  );

  it('imports nothing, so the explorer can take it without zod or Node modules', () => {
    const source = readFileSync(path.join(import.meta.dirname, 'error-codes.ts'), 'utf8');
    expect(source).not.toMatch(/^\s*import\b|\brequire\(|\bimport\(/m);
  });
});
