import { buildSchema, getIntrospectionQuery, isEnumType, isObjectType } from 'graphql';
import type { IntrospectionQuery, IntrospectionTypeRef } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../graph/export/types';
import { createApolloServer, typeDefs } from './server';

/** The contract from the product brief: field → type, and argument → [type, default as GraphQL prints it]. */
const CONTRACT: Record<string, { type: string; args: Record<string, [string, string | null]> }> = {
  search: {
    type: '[Entity!]!',
    args: { query: ['String!', null], types: ['[String!]', null], first: ['Int', '10'] },
  },
  entity: { type: 'Entity', args: { id: ['ID!', null] } },
  neighborhood: {
    type: 'Subgraph!',
    args: {
      ids: ['[ID!]!', null],
      depth: ['Int', '1'],
      relationTypes: ['[String!]', null],
      entityTypes: ['[String!]', null],
      limit: ['Int', '200'],
    },
  },
  shortestPath: {
    type: 'Subgraph',
    args: {
      from: ['ID!', null],
      to: ['ID!', null],
      maxDepth: ['Int', '6'],
      relationTypes: ['[String!]', null],
      entityTypes: ['[String!]', null],
    },
  },
  subgraph: { type: 'Subgraph!', args: { ids: ['[ID!]!', null], skipMissing: ['Boolean', 'false'] } },
  overview: { type: 'Subgraph!', args: { limit: ['Int', '40'] } },
  stats: { type: 'GraphStats!', args: {} },
  documents: { type: '[Document!]!', args: {} },
  document: { type: 'Document', args: { id: ['ID!', null] } },
  exportSubgraph: {
    type: 'ExportResult!',
    args: {
      ids: ['[ID!]!', null],
      depth: ['Int', '0'],
      relationTypes: ['[String!]', null],
      format: ['ExportFormat!', null],
    },
  },
};

/** Object type → field → type, for the types the brief spells out (plus the additions it asks for). */
const OBJECT_FIELDS: Record<string, Record<string, string>> = {
  Entity: {
    id: 'ID!',
    name: 'String!',
    type: 'String!',
    aliases: '[String!]!',
    description: 'String',
    degree: 'Int!',
    relations: '[Relation!]!',
    evidence: '[Evidence!]!',
  },
  Relation: {
    id: 'ID!',
    type: 'String!',
    source: 'Entity!',
    target: 'Entity!',
    statement: 'String',
    role: 'String',
    evidence: '[Evidence!]!',
  },
  Evidence: { document: 'Document!', documentId: 'ID!', sentence: 'String!', start: 'Int!', end: 'Int!' },
  Document: { id: 'ID!', title: 'String!', source: 'String', publishedAt: 'String', text: 'String!' },
  Subgraph: { nodes: '[Entity!]!', edges: '[Relation!]!', truncated: 'Boolean!' },
  GraphStats: {
    entityCount: 'Int!',
    relationCount: 'Int!',
    documentCount: 'Int!',
    entityTypes: '[TypeCount!]!',
    relationTypes: '[TypeCount!]!',
  },
  TypeCount: { type: 'String!', count: 'Int!' },
  ExportResult: {
    format: 'ExportFormat!',
    mimeType: 'String!',
    filename: 'String!',
    content: 'String!',
    encoding: 'String!',
  },
};

function printType(ref: IntrospectionTypeRef): string {
  switch (ref.kind) {
    case 'NON_NULL':
      return `${printType(ref.ofType)}!`;
    case 'LIST':
      return `[${printType(ref.ofType)}]`;
    default:
      return ref.name;
  }
}

async function introspect(): Promise<IntrospectionQuery> {
  const server = createApolloServer();
  const response = await server.executeOperation<IntrospectionQuery>({ query: getIntrospectionQuery() });
  if (response.body.kind !== 'single' || !response.body.singleResult.data) {
    throw new Error('introspection gave no data');
  }
  return response.body.singleResult.data;
}

describe('schema.graphql', () => {
  it('parses into a schema', () => {
    expect(() => buildSchema(typeDefs)).not.toThrow();
  });

  it('answers introspection, so the query console can read it', async () => {
    const result = await introspect();
    expect(result.__schema.queryType.name).toBe('Query');
  });

  it('has every Query field of the contract, with its type, arguments and defaults', async () => {
    const result = await introspect();
    const query = result.__schema.types.find((t) => t.name === 'Query');
    if (query?.kind !== 'OBJECT') throw new Error('no Query type');
    for (const [name, expected] of Object.entries(CONTRACT)) {
      const field = query.fields.find((f) => f.name === name);
      expect(field, `Query.${name}`).toBeDefined();
      expect(printType(field?.type ?? { kind: 'SCALAR', name: '?' }), `Query.${name}`).toBe(expected.type);
      const args = Object.fromEntries(
        (field?.args ?? []).map((a) => [a.name, [printType(a.type), a.defaultValue ?? null]]),
      );
      expect(args, `Query.${name} arguments`).toEqual(expected.args);
    }
  });

  it('has the contract fields on every object type', () => {
    const schema = buildSchema(typeDefs);
    for (const [typeName, fields] of Object.entries(OBJECT_FIELDS)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
      const actual = type.getFields();
      for (const [fieldName, fieldType] of Object.entries(fields)) {
        expect(String(actual[fieldName]?.type), `${typeName}.${fieldName}`).toBe(fieldType);
      }
    }
  });

  it('gives Entity.relations its filter arguments and defaults', () => {
    const relations = buildSchema(typeDefs).getType('Entity');
    if (!isObjectType(relations)) throw new Error('Entity is not an object type');
    const args = relations.getFields().relations?.args ?? [];
    expect(Object.fromEntries(args.map((a) => [a.name, [String(a.type), a.defaultValue ?? null]]))).toEqual({
      types: ['[String!]', null],
      direction: ['Direction', 'BOTH'],
      first: ['Int', 50],
    });
  });

  it('has the Direction enum with OUT, IN and BOTH', () => {
    const direction = buildSchema(typeDefs).getType('Direction');
    if (!isEnumType(direction)) throw new Error('Direction is not an enum');
    expect(direction.getValues().map((v) => v.name)).toEqual(['OUT', 'IN', 'BOTH']);
  });

  it('has the ExportFormat enum with every format the exporters write', () => {
    const format = buildSchema(typeDefs).getType('ExportFormat');
    if (!isEnumType(format)) throw new Error('ExportFormat is not an enum');
    expect(format.getValues().map((v) => v.name)).toEqual([...EXPORT_FORMATS]);
  });

  it('documents every type, field and argument of our own', () => {
    const schema = buildSchema(typeDefs);
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Boolean', 'ID', 'Float'].includes(type.name))
        continue;
      if (!type.description) undocumented.push(type.name);
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of field.args) {
            if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (!value.description) undocumented.push(`${type.name}.${value.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
