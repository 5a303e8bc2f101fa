import { describe, expect, it } from 'vitest';
import { graphqlBody, QUERY_KINDS } from '../measure/query-kinds';
import type { RunWorkload } from '../measure/query-kinds';
import { validationErrors } from '../testing/schema';
import { mixedRequests } from './mixed-requests';

const workload: RunWorkload = {
  entityIds: ['nayib-bukele', 'cbs-news'],
  hubIds: ['nayib-bukele'],
  pairs: [['nayib-bukele', 'cbs-news']],
  searchTerms: ['bukele'],
};

/** A request body's query, checked against the schema. */
function errorsOf(body: string): string[] {
  const { query } = JSON.parse(body) as { query: string };
  return validationErrors(query).map((e) => e.message);
}

describe('the load test traffic', () => {
  it('is made of operations the schema accepts', () => {
    const next = mixedRequests(workload, 3, 1);
    for (let i = 0; i < 200; i++) expect(errorsOf(next())).toEqual([]);
  });
});

describe('the benchmark queries', () => {
  it('are operations the schema accepts, for every kind', () => {
    for (const kind of QUERY_KINDS) expect(errorsOf(graphqlBody(kind, workload, 0))).toEqual([]);
  });
});
