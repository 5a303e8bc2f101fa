import { parseParameters, parseStatementsStrs } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors';
import {
  DOCUMENT_ID_CONSTRAINT,
  ENTITY_ID_CONSTRAINT,
  ENTITY_PROPERTIES,
  RELATION_PROPERTIES,
  relationIdConstraint,
  UPSERT_DOCUMENTS,
  UPSERT_ENTITIES,
  upsertRelationsStatement,
} from '../neo4j/cypher';
import { exportCypher, toCypherScript } from './cypher';
import { cypherProblems, stringLiterals } from './testing/cypher-lint';
import { hostileInput } from './testing/hostile-input';
import { sampleInput } from './testing/sample-input';
import type { ExportInput } from './types';

/** The script's statements: its lines that are neither comments nor blank. */
function statements(script: string): string[] {
  return script.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('//'));
}

function relationTypes(input: ExportInput): string[] {
  return [...new Set(input.subgraph.edges.map((r) => r.type))];
}

/** What one statement count should be: constraints, documents, entities, one clean-up, relations. */
function expectedCount(input: ExportInput): number {
  const { nodes, edges } = input.subgraph;
  return 2 + relationTypes(input).length + input.documents.length + nodes.length + 1 + edges.length;
}

describe('Cypher export', () => {
  it('is a .cypher file', () => {
    expect(exportCypher(sampleInput(), { baseName: 'sample' })).toMatchObject({
      format: 'CYPHER',
      mimeType: 'application/x-cypher-query',
      filename: 'sample.cypher',
      encoding: 'utf8',
    });
  });

  it('writes one statement per line, each ending in a semicolon', () => {
    const lines = statements(toCypherScript(sampleInput()));
    expect(lines).toHaveLength(expectedCount(sampleInput()));
    expect(lines.every((line) => line.endsWith(';'))).toBe(true);
  });

  it('is split by Neo4j’s own parser into exactly those statements', () => {
    const script = toCypherScript(sampleInput());
    expect(parseStatementsStrs(script)).toHaveLength(expectedCount(sampleInput()));
  });

  it('passes Neo4j’s parser and semantic analysis, statement by statement, against the app’s data model', () => {
    const input = sampleInput();
    const problems = statements(toCypherScript(input)).flatMap((statement) =>
      cypherProblems(statement, relationTypes(input)).map((p) => `${p} in ${statement.slice(0, 80)}`),
    );
    expect(problems).toEqual([]);
    // Neo4j's analyser takes about a second a statement on a busy 2-core machine.
  }, 90_000);

  it('creates the app’s uniqueness constraints first, with IF NOT EXISTS', () => {
    const input = sampleInput();
    const fold = (text: string) => `${text.replace(/\s+/g, ' ').trim()};`;
    const expected = [
      ENTITY_ID_CONSTRAINT.text,
      DOCUMENT_ID_CONSTRAINT.text,
      ...relationTypes(input)
        .sort()
        .map((type) => relationIdConstraint(type).text),
    ].map(fold);
    const lines = statements(toCypherScript(input));
    expect(lines.slice(0, expected.length)).toEqual(expected);
    expect(lines.slice(expected.length).some((line) => line.startsWith('CREATE CONSTRAINT'))).toBe(false);
  });

  it('merges every item by id, so running the script again changes nothing', () => {
    const lines = statements(toCypherScript(sampleInput())).filter((l) => !l.startsWith('CREATE CONSTRAINT'));
    const merges = lines.filter((line) => /MERGE \((d:Document|e:Entity) \{id: '[a-z0-9-]+'\}\)/.test(line));
    const relations = lines.filter((line) =>
      /MERGE \(s\)-\[r:[A-Z_]+ \{id: '[a-z0-9-]+'\}\]->\(t\)/.test(line),
    );
    expect(merges).toHaveLength(2 + 13);
    expect(relations).toHaveLength(15);
    expect(lines.filter((line) => /\bCREATE\b/.test(line))).toEqual([]);
  });

  it('sets exactly the properties the app’s own upserts set, on documents, entities and relations', () => {
    /** The `v.key` assigned in a statement, in order of first appearance. */
    const assigned = (statement: string, variable: string) =>
      [
        ...new Set([...statement.matchAll(new RegExp(`\\b${variable}\\.(\\w+) = `, 'g'))].map((m) => m[1])),
      ].sort();
    const lines = statements(toCypherScript(sampleInput()));
    const document = lines.find((line) => line.startsWith('MERGE (d:Document')) ?? '';
    const entity = lines.find((line) => line.startsWith('MERGE (e:Entity')) ?? '';
    const relation = lines.find((line) => line.includes('MERGE (s)-[')) ?? '';
    expect(assigned(document, 'd')).toEqual(assigned(UPSERT_DOCUMENTS.text, 'd'));
    expect(assigned(entity, 'e')).toEqual(assigned(UPSERT_ENTITIES.text, 'e'));
    expect(assigned(relation, 'r')).toEqual(assigned(upsertRelationsStatement('CRITICIZED').text, 'r'));
    // And those are the properties the adapter reads back.
    expect(assigned(entity, 'e')).toEqual(ENTITY_PROPERTIES.filter((p) => p !== 'id').sort());
    expect(assigned(relation, 'r')).toEqual(RELATION_PROPERTIES.filter((p) => p !== 'id').sort());
  });

  it('writes evidence as the four parallel arrays the app reads', () => {
    const input = sampleInput();
    const relation = input.subgraph.edges.find((r) => r.id === 'ruiz-criticized-late-hour');
    const line = statements(toCypherScript(input)).find((l) =>
      l.includes("{id: 'ruiz-criticized-late-hour'}"),
    );
    const starts = relation?.evidence.map((e) => e.start).join(', ');
    const ends = relation?.evidence.map((e) => e.end).join(', ');
    expect(line).toContain(`r.evidenceStarts = [${starts}], r.evidenceEnds = [${ends}]`);
    expect(line).toContain(
      "r.evidenceDocumentIds = ['northwind-pulls-late-hour', 'northwind-pulls-late-hour']",
    );
  });

  it('stores a publication date as a DATE and a missing one as null, as the app does', () => {
    const lines = statements(toCypherScript(sampleInput()));
    expect(lines.find((l) => l.includes("{id: 'northwind-pulls-late-hour'}"))).toContain(
      "d.publishedAt = date('2024-03-14')",
    );
    expect(lines.find((l) => l.includes("{id: 'ledger-interview'}"))).toContain('d.publishedAt = null');
  });

  it('removes relationships that hold an exported id but sit elsewhere, before merging', () => {
    const lines = statements(toCypherScript(sampleInput()));
    const cleanup = lines.findIndex((line) =>
      line.startsWith('MATCH (s:Entity)-[r]->(t:Entity) WHERE r.id IN'),
    );
    const firstRelation = lines.findIndex((line) => line.includes('MERGE (s)-['));
    expect(cleanup).toBeGreaterThan(-1);
    expect(cleanup).toBeLessThan(firstRelation);
    expect(lines[cleanup]).toContain("['ruiz-leads-ministry', 'LEADS', 'ana-ruiz', 'ministry-of-culture']");
  });

  it('keeps hostile text inside its literals: no extra statement, no parameter, every string intact', () => {
    const input = hostileInput();
    const script = toCypherScript(input);
    expect(parseStatementsStrs(script)).toHaveLength(expectedCount(input));
    expect(parseParameters(script, false)).toEqual([]);
    for (const statement of statements(script))
      expect(cypherProblems(statement, relationTypes(input))).toEqual([]);

    const literals = new Set(stringLiterals(script));
    const strings = [
      ...input.documents.flatMap((d) => [d.title, d.text, d.source]),
      ...input.subgraph.nodes.flatMap((n) => [
        n.name,
        n.description,
        ...n.aliases,
        ...n.mentions.map((m) => m.sentence),
      ]),
      ...input.subgraph.edges.flatMap((r) => [r.statement, r.role, ...r.evidence.map((e) => e.sentence)]),
    ].filter((s): s is string => s !== null);
    expect(strings.filter((s) => !literals.has(s))).toEqual([]);
  });

  it('refuses a relation type that is not UPPER_SNAKE_CASE, since it is spliced into the script', () => {
    const input = sampleInput();
    const edge = input.subgraph.edges[0];
    if (edge === undefined) throw new Error('sample: has edges');
    edge.type = 'SAID]->() DETACH DELETE (s) //';
    expect(() => toCypherScript(input)).toThrow(InvalidArgumentError);
  });
});
