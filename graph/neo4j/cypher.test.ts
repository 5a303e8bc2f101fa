import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import type { DbSchema } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors';
import { LIMITS } from '../limits';
import { neighborhoodHops, pathHops } from '../store-arguments';
import {
  ALL_STATEMENTS,
  ENTITY_PROPERTIES,
  RELATION_PROPERTIES,
  neighborhoodStatement,
  relationIdConstraint,
  shortestPathStatement,
} from './cypher';
import { ACCOUNT_PROPERTIES, ACCOUNT_STATEMENTS } from './account-cypher';
import { AUDIT_STATEMENTS, CHANGE_PROPERTIES } from './audit-cypher';
import { DRAFT_PROPERTIES, DRAFT_STATEMENTS, REJECTION_PROPERTIES } from './draft-cypher';
import { SEARCH_STATEMENTS } from './search-cypher';

/**
 * No Neo4j server runs here, so every statement goes through Neo4j's own parser and semantic analysis
 * (`lintCypherQuery`) against a schema that declares exactly what our statements may use: their parameters,
 * our labels and property keys, and Neo4j's built-in functions (the package's bundled registry, so that a
 * misspelt function is caught too). Errors fail, and so do warnings: those are how the linter reports an
 * unknown label, property or relationship type, and deprecations.
 */

const PARAMETERS: Record<string, unknown> = {
  ids: ['ana-ruiz'],
  id: 'ana-ruiz',
  from: 'ana-ruiz',
  to: 'daily-ledger',
  query: 'harbor',
  // The searches (search-cypher.ts).
  lucene: '+harbor',
  candidates: 500,
  types: null,
  relationTypes: null,
  entityTypes: null,
  direction: 'BOTH',
  limit: 10,
  documents: [],
  entities: [],
  relations: [],
  placements: {},
  // Drafts and remembered rejections (draft-cypher.ts).
  draft: {},
  revision: 0,
  rejections: [],
  // Accounts and the audit trail (account-cypher.ts, audit-cypher.ts).
  name: 'nora',
  account: {},
  role: 'editor',
  passwordHash: 'scrypt$…',
  at: '2026-01-01T00:00:00.000Z',
  documentIds: [],
  entityIds: [],
  relationIds: [],
  change: {},
  actor: null,
  source: null,
  itemId: null,
  itemKind: null,
  since: null,
  until: null,
  newestFirst: true,
};

const SCHEMA: DbSchema = {
  labels: ['Entity', 'Document', 'NewsgraphAccount', 'NewsgraphChange', 'Draft', 'RejectedProposal'],
  relationshipTypes: ['REPORTED_ON'],
  propertyKeys: [
    ...ENTITY_PROPERTIES,
    ...RELATION_PROPERTIES,
    ...ACCOUNT_PROPERTIES,
    ...CHANGE_PROPERTIES,
    ...DRAFT_PROPERTIES,
    ...REJECTION_PROPERTIES,
    // Document properties, and the keys of rows and placements that only exist in parameters.
    'title',
    'source',
    'publishedAt',
    'text',
    'target',
  ],
  parameters: PARAMETERS,
  functions: testData.mockSchema.functions,
  procedures: testData.mockSchema.procedures,
};

const VERSIONS = ['CYPHER 5', 'CYPHER 25'] as const;
const ERROR = 1;
const WARNING = 2;

/** The linter's errors and warnings for `query`, as readable strings (empty when the statement is clean). */
function problems(query: string, version: (typeof VERSIONS)[number] = 'CYPHER 5'): string[] {
  const { diagnostics } = lintCypherQuery(query, { ...SCHEMA, defaultLanguage: version });
  return diagnostics
    .filter((d) => d.severity === ERROR || d.severity === WARNING)
    .map((d) => `${d.severity === ERROR ? 'error' : 'warning'}: ${d.message}`);
}

describe('cypher', () => {
  describe('every statement the adapter sends', () => {
    const cases = [
      ...ALL_STATEMENTS,
      ...ACCOUNT_STATEMENTS,
      ...AUDIT_STATEMENTS,
      ...DRAFT_STATEMENTS,
      ...SEARCH_STATEMENTS,
    ].flatMap(({ name, statement }) => VERSIONS.map((version) => ({ name, version, text: statement.text })));

    it.each(cases)('$name passes Neo4j’s parser and semantic analysis as $version', ({ text, version }) => {
      expect(problems(text, version)).toEqual([]);
    });

    it('includes the neighbourhood statement for every allowed depth', () => {
      const names = ALL_STATEMENTS.map((s) => s.name);
      for (let depth = 1; depth <= LIMITS.maxNeighborhoodDepth; depth++) {
        expect(names).toContain(`neighborhoodStatement(${depth})`);
      }
    });
  });

  describe('the check itself', () => {
    it('flags a misspelt keyword as an error', () => {
      const found = problems('MATCH (e:Entity) WHERE e.id = $id RETRUN e');
      expect(found.some((p) => p.startsWith('error:'))).toBe(true);
    });

    it('flags a variable that is not defined as an error', () => {
      expect(problems('MATCH (e:Entity) RETURN f').some((p) => p.startsWith('error:'))).toBe(true);
    });

    it('flags a misspelt function', () => {
      expect(problems('MATCH (e:Entity) RETURN toLowr(e.name) AS name')).not.toEqual([]);
    });

    it('flags a misspelt label or property key', () => {
      expect(problems('MATCH (e:Entty) RETURN e.id AS id')).not.toEqual([]);
      expect(problems('MATCH (e:Entity) RETURN e.nmae AS name')).not.toEqual([]);
    });

    it('flags a parameter the statements are not known to take', () => {
      expect(problems('MATCH (e:Entity) WHERE e.id = $idd RETURN e')).not.toEqual([]);
    });

    it('passes a clean statement', () => {
      expect(problems('MATCH (e:Entity) WHERE e.id = $id RETURN e.name AS name')).toEqual([]);
    });
  });

  describe('#relationIdConstraint', () => {
    it('splices in a relation type that passes the allowlist', () => {
      expect(relationIdConstraint('REPORTED_ON').text).toContain('()-[r:REPORTED_ON]-()');
    });

    it.each(['SAID`]-() DETACH DELETE (n) //', 'SAID X', '})', 'said', 'Said', '', 'A__B'])(
      'refuses %j, which fails the allowlist',
      (name) => {
        expect(() => relationIdConstraint(name)).toThrow(InvalidArgumentError);
      },
    );
  });

  describe('#neighborhoodStatement and #shortestPathStatement', () => {
    it.each([0, LIMITS.maxNeighborhoodDepth + 1, 1.5, Number.NaN, -1])('refuse a depth of %s', (depth) => {
      expect(() => neighborhoodStatement(neighborhoodHops(depth))).toThrow(InvalidArgumentError);
    });

    it.each([0, LIMITS.maxPathDepth + 1, 2.5, Number.POSITIVE_INFINITY])(
      'refuse a maxDepth of %s',
      (depth) => {
        expect(() => shortestPathStatement(pathHops(depth))).toThrow(InvalidArgumentError);
      },
    );

    it('take only hops the store port has checked, never a plain number', () => {
      // @ts-expect-error a number that skipped the check cannot be spliced into the statement
      expect(neighborhoodStatement(2).text).toContain('{0,2}');
    });

    it('put the checked number into the quantifier', () => {
      expect(neighborhoodStatement(neighborhoodHops(2)).text).toContain('{0,2}');
      expect(shortestPathStatement(pathHops(7)).text).toContain('{0,7}');
    });
  });
});
