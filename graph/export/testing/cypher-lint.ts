import { highlightSyntax, lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import type { DbSchema } from '@neo4j-cypher/language-support';
import { ENTITY_PROPERTIES, RELATION_PROPERTIES } from '../../neo4j/cypher';

/**
 * Test support: Neo4j's own parser and semantic analysis (`lintCypherQuery`) against a schema holding
 * exactly the data model of graph/neo4j/cypher.ts, and no parameters, so that an unknown label, property
 * or relationship type, or a `$name` that escaped from a string, is reported.
 */
export function cypherProblems(query: string, relationTypes: readonly string[]): string[] {
  const schema: DbSchema = {
    labels: ['Entity', 'Document'],
    relationshipTypes: [...relationTypes],
    propertyKeys: [...ENTITY_PROPERTIES, ...RELATION_PROPERTIES, 'title', 'source', 'publishedAt', 'text'],
    parameters: {},
    functions: testData.mockSchema.functions,
    procedures: testData.mockSchema.procedures,
  };
  const ERROR = 1;
  const WARNING = 2;
  return lintCypherQuery(query, { ...schema, defaultLanguage: 'CYPHER 5' })
    .diagnostics.filter((d) => d.severity === ERROR || d.severity === WARNING)
    .map((d) => `${d.severity === ERROR ? 'error' : 'warning'}: ${d.message}`);
}

/** Every string literal in `query`, as Neo4j's lexer delimits them, decoded. */
export function stringLiterals(query: string): string[] {
  return highlightSyntax(query)
    .filter((token) => token.tokenType === 'stringLiteral')
    .map((token) => decodeCypherString(token.token));
}

const SIMPLE: Readonly<Record<string, string>> = {
  t: '\t',
  b: '\b',
  n: '\n',
  r: '\r',
  f: '\f',
  "'": "'",
  '"': '"',
  '\\': '\\',
};

/**
 * A Cypher string literal's value, by the escapes the Cypher manual lists (`\t \b \n \r \f \' \" \\`,
 * `\uXXXX`, `\UXXXXXXXX`). Written from the manual, not from our encoder, so the two check each other.
 */
export function decodeCypherString(literal: string): string {
  const quote = literal[0];
  if ((quote !== "'" && quote !== '"') || literal.at(-1) !== quote) {
    throw new Error(`not a string literal: ${literal}`);
  }
  return literal.slice(1, -1).replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/gsu, (whole, escape: string) => {
    if (escape.length === 5 && escape[0] === 'u') return String.fromCharCode(parseInt(escape.slice(1), 16));
    if (escape.length === 9 && escape[0] === 'U') return String.fromCodePoint(parseInt(escape.slice(1), 16));
    const simple = SIMPLE[escape];
    if (simple === undefined) throw new Error(`unknown escape ${whole} in ${literal}`);
    return simple;
  });
}
