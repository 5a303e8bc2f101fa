import { Kind, parse } from 'graphql';
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

/** The required variables a request's document declares and its body leaves out. */
function missingVariables(body: string): string[] {
  const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
  return parse(query).definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? (definition.variableDefinitions ?? [])
          .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && v.defaultValue === undefined)
          .map((v) => v.variable.name.value)
          .filter((name) => !(name in variables))
      : [],
  );
}

describe('the benchmark queries', () => {
  it('are operations the schema accepts, for every kind', () => {
    for (const kind of QUERY_KINDS) expect(errorsOf(graphqlBody(kind, workload, 0))).toEqual([]);
  });

  it("give every required variable of the explorer's documents, for every kind and in the load mix", () => {
    for (const kind of QUERY_KINDS) expect(missingVariables(graphqlBody(kind, workload, 0))).toEqual([]);
    const next = mixedRequests(workload, 3, 1);
    for (let i = 0; i < 200; i++) expect(missingVariables(next())).toEqual([]);
  });
});
