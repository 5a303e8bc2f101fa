import { describe, expect, it } from 'vitest';
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

  it('says "too many requests, retry in N s" for RATE_LIMITED, not "something went wrong"', () => {
    const limited = new GraphQLRequestError('Too many requests to /api/graphql.', 'RATE_LIMITED', 429, 42);
    expect(explainFailure('load the graph', limited).title).toBe('Too many requests: retry in 42 s.');
  });

  it('asks to sign in for UNAUTHENTICATED', () => {
    expect(explainFailure('load the graph', failure('UNAUTHENTICATED')).detail).toContain('/signin');
  });

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
