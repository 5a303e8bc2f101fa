import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@/schema/error-codes';
import type { ErrorCode } from '@/schema/error-codes';
import { explainFailure } from './failure-messages';
import { GraphQLRequestError } from './graphql-client';
import type { GraphQLErrorCode } from './graphql-client';

const failure = (code: GraphQLErrorCode) => new GraphQLRequestError('Entity "x" not found.', code);

describe('explainFailure', () => {
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

  it('passes the server’s own message on for input and not-found errors, which say how to fix them', () => {
    expect(explainFailure('expand x', failure('NOT_FOUND')).detail).toContain('Entity "x" not found.');
    expect(explainFailure('expand x', failure('BAD_USER_INPUT')).detail).toBe('Entity "x" not found.');
  });

  it('says how long to wait on RATE_LIMITED, from Retry-After', () => {
    const limited = new GraphQLRequestError('Too many requests.', 'RATE_LIMITED', 429, 12);
    expect(explainFailure('load the graph', limited).title).toBe('Too many requests: retry in 12 s.');
    const unsaid = new GraphQLRequestError('Too many requests.', 'RATE_LIMITED', 429);
    expect(explainFailure('load the graph', unsaid).title).toBe('Too many requests: retry in a moment.');
  });

  it('has a plain message of its own for TIMEOUT and TOO_LARGE, the catalogue’s sentence', () => {
    const timeout = explainFailure('expand x', failure('TIMEOUT'));
    expect(timeout.title).toBe('Could not expand x: the server took too long.');
    expect(timeout.detail).toBe(ERROR_CODES.TIMEOUT.message);
    const large = explainFailure('expand x', failure('TOO_LARGE'));
    expect(large.title).toBe('Could not expand x: it is too large.');
    expect(large.detail).toBe(ERROR_CODES.TOO_LARGE.message);
  });

  it.each(Object.keys(ERROR_CODES) as ErrorCode[])(
    'explains %s, a code the server can send, as what it is rather than “something went wrong”',
    (code) => {
      const { title, detail } = explainFailure('do it', failure(code));
      if (code === 'INTERNAL_SERVER_ERROR') expect(title).toBe('Something went wrong while trying to do it.');
      else expect(title).not.toContain('Something went wrong');
      expect(detail.length).toBeGreaterThan(0);
    },
  );

  it('has a message for every code the client can report', () => {
    const codes: GraphQLErrorCode[] = [
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'SERVICE_UNAVAILABLE',
      'INTERNAL_SERVER_ERROR',
      'NETWORK_ERROR',
      'BAD_RESPONSE',
      'UNKNOWN',
    ];
    for (const code of codes) expect(explainFailure('do it', failure(code)).title.length).toBeGreaterThan(0);
  });
});
