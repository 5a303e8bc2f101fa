import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@/schema/error-codes';
import type { ErrorCode } from '@/schema/error-codes';
import { explainFailure, offersRetry } from './failure-messages';
import type { FailureAction } from './failure-messages';
import { GraphQLRequestError } from './graphql-client';
import type { GraphQLErrorCode } from './graphql-client';

// What the API really says (the words of graph/arguments.ts): written for developers, never for the screen.
const RAW = 'search(query:): the limit is 200 characters';
const failure = (code: GraphQLErrorCode) => new GraphQLRequestError(RAW, code);

const CLIENT_CODES: GraphQLErrorCode[] = ['NETWORK_ERROR', 'BAD_RESPONSE', 'UNKNOWN'];
const EVERY_CODE: GraphQLErrorCode[] = [...(Object.keys(ERROR_CODES) as ErrorCode[]), ...CLIENT_CODES];

/**
 * The action each code must get: a retry only where asking again can pass (the network, the store, a
 * timeout, a server fault), never for a request the server will refuse again.
 */
const EXPECTED_ACTION: Record<GraphQLErrorCode, FailureAction> = {
  SERVICE_UNAVAILABLE: 'retry',
  NETWORK_ERROR: 'retry',
  TIMEOUT: 'retry',
  INTERNAL_SERVER_ERROR: 'retry',
  BAD_RESPONSE: 'retry',
  UNKNOWN: 'retry',
  RATE_LIMITED: 'wait',
  NOT_FOUND: 'reset',
  BAD_USER_INPUT: 'none',
  TOO_LARGE: 'none',
  GRAPHQL_VALIDATION_FAILED: 'none',
  UNAUTHENTICATED: 'sign-in',
  FORBIDDEN: 'sign-in',
  CONFLICT: 'reload',
  BAD_REQUEST: 'reload',
  GRAPHQL_PARSE_FAILED: 'reload',
  OPERATION_RESOLUTION_FAILURE: 'reload',
  PERSISTED_QUERY_NOT_SUPPORTED: 'reload',
  UNSUPPORTED_MEDIA_TYPE: 'reload',
};

describe('explainFailure', () => {
  describe('over the whole catalogue', () => {
    it.each(EVERY_CODE)('gives %s a plain message that keeps the API’s own text off the screen', (code) => {
      const { title, detail } = explainFailure('do it', failure(code));
      for (const text of [title, detail]) {
        expect(text).not.toContain(RAW);
        expect(text).not.toContain('query:');
        // Plain words: no code names, no GraphQL or HTTP jargon.
        expect(text).not.toMatch(/[A-Z]{3,}_[A-Z_]+|GraphQL|HTTP|\(\w+:\)/);
        expect(text.trim().length).toBeGreaterThan(10);
      }
      expect(title.endsWith('.')).toBe(true);
      expect(detail.endsWith('.')).toBe(true);
    });

    it.each(EVERY_CODE)('gives %s the action that can help (a retry only where one can pass)', (code) => {
      const explanation = explainFailure('do it', failure(code));
      expect(explanation.action).toBe(EXPECTED_ACTION[code]);
      expect(offersRetry(explanation)).toBe(['retry', 'wait'].includes(EXPECTED_ACTION[code]));
    });

    it('names a code it does not know as an unreadable answer, with a retry', () => {
      const explanation = explainFailure('do it', { code: 'SOMETHING_NEW' });
      expect(explanation.title).toBe('Could not do it: the answer could not be read.');
      expect(explanation.action).toBe('retry');
    });
  });

  it('says the graph store is unreachable for SERVICE_UNAVAILABLE and names the failed action', () => {
    const { title, detail } = explainFailure('load the graph', failure('SERVICE_UNAVAILABLE'));
    expect(title).toBe('The graph store is unreachable.');
    expect(detail).toContain('could not load the graph');
  });

  it('says the server is not answering for a network failure', () => {
    expect(explainFailure('load the graph', failure('NETWORK_ERROR')).title).toBe(
      'The newsgraph server is not answering.',
    );
  });

  it('says how long to wait on RATE_LIMITED, from Retry-After', () => {
    const limited = explainFailure('load the graph', new GraphQLRequestError(RAW, 'RATE_LIMITED', 429, 12));
    expect(limited.title).toBe('Too many requests: retry in 12 s.');
    expect(limited.waitSeconds).toBe(12);
    const unsaid = explainFailure('load the graph', new GraphQLRequestError(RAW, 'RATE_LIMITED', 429));
    expect(unsaid.title).toBe('Too many requests: retry in a moment.');
    expect(unsaid.waitSeconds).toBeUndefined();
  });

  it('names what failed in the headline of a too-large, a timed-out or a refused request', () => {
    expect(explainFailure('expand x', failure('TIMEOUT')).title).toBe(
      'Could not expand x: the server took too long.',
    );
    expect(explainFailure('expand x', failure('TOO_LARGE')).title).toBe(
      'Could not expand x: it is too large.',
    );
    expect(explainFailure('search', failure('BAD_USER_INPUT')).title).toBe(
      'Could not search: the request is outside what the server accepts.',
    );
  });
});
