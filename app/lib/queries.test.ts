import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '@/schema/server';
import { PATH_TYPES_QUERY } from '@/app/explorer/path/path-query';
import { evidenceFieldsOf } from './testing/evidence-fields';
import {
  CANVAS_SUBGRAPH_QUERY,
  DOCUMENT_QUERY,
  ENTITY_QUERY,
  EXPAND_QUERY,
  EXPORT_QUERY,
  NEIGHBORHOOD_QUERY,
  OVERVIEW_QUERY,
  RELATION_EVIDENCE_QUERY,
  SEARCH_QUERY,
  SHORTEST_PATH_QUERY,
  STATS_QUERY,
} from './queries';

/**
 * The explorer's GraphQL documents (issue 13's decision): what changes the canvas asks for summaries and
 * no evidence; what a person opens in the details panel asks for every sentence. Each document is also
 * valid against the schema, so a field the API does not have fails here rather than in a browser.
 */

const CANVAS = { OVERVIEW_QUERY, EXPAND_QUERY, CANVAS_SUBGRAPH_QUERY, SHORTEST_PATH_QUERY };
const DETAILS = { ENTITY_QUERY, RELATION_EVIDENCE_QUERY };

describe('the explorer’s GraphQL documents', () => {
  it.each(Object.entries(CANVAS))('%s (draws the canvas) selects no evidence', (_name, query) => {
    expect(evidenceFieldsOf(query)).toEqual([]);
  });

  it('selects entity and relation summaries to draw: ids, names, types, ends, degree, statement, role', () => {
    const fields = new Set(fieldNames(CANVAS_SUBGRAPH_QUERY));
    for (const field of [
      'id',
      'name',
      'type',
      'degree',
      'source',
      'target',
      'statement',
      'role',
      'documentIds',
      'missing',
    ]) {
      expect(fields.has(field), field).toBe(true);
    }
  });

  it('asks for the sentences when a person opens an entity or a relation', () => {
    expect(evidenceFieldsOf(DETAILS.ENTITY_QUERY)).toEqual(['entity.evidence']);
    expect(evidenceFieldsOf(DETAILS.RELATION_EVIDENCE_QUERY)).toEqual(['subgraph.edges.evidence']);
  });

  it('keeps the API’s full neighbourhood (with evidence) for other clients and the benchmarks', () => {
    expect(evidenceFieldsOf(NEIGHBORHOOD_QUERY)).toEqual(['neighborhood.edges.evidence']);
  });

  it.each(
    Object.entries({
      ...CANVAS,
      ...DETAILS,
      NEIGHBORHOOD_QUERY,
      SEARCH_QUERY,
      DOCUMENT_QUERY,
      STATS_QUERY,
      EXPORT_QUERY,
      PATH_TYPES_QUERY,
    }),
  )('%s is valid against schema.graphql', (_name, query) => {
    expect(validate(buildSchema(typeDefs), parse(query)).map((e) => e.message)).toEqual([]);
  });
});

function fieldNames(query: string): string[] {
  const names: string[] = [];
  const walk = (text: string) => {
    for (const match of text.matchAll(/([A-Za-z_][A-Za-z0-9_]*)/g)) names.push(match[1] ?? '');
  };
  walk(query.slice(query.indexOf('{')));
  return names;
}
