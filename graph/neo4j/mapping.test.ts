import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { fixtureDocument, fixtureEntity, fixtureRelation } from '../contract/fixture';
import { InvalidDataError } from '../errors';
import { ENTITY_PROPERTIES, RELATION_PROPERTIES } from './cypher';
import {
  documentRow,
  entityRow,
  evidenceFromArrays,
  evidenceToArrays,
  relationRow,
  toDocument,
  toEntity,
  toEntityNode,
  toNumber,
  toRelation,
  toStats,
} from './mapping';

/** An entity record as the statements return it: stored properties plus the computed degree. */
function entityRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'lena-berg',
    name: 'Lena Berg',
    type: 'Person',
    aliases: ['L. Berg'],
    description: null,
    mentionDocumentIds: ['northwind-pulls-late-hour'],
    mentionStarts: [neo4j.int(10)],
    mentionEnds: [neo4j.int(19)],
    mentionSentences: ['Lena Berg'],
    degree: neo4j.int(1),
    ...overrides,
  };
}

function relationRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'berg-leads-northwind',
    type: 'LEADS',
    source: 'lena-berg',
    target: 'northwind-tv',
    statement: null,
    role: 'Chief Executive',
    evidenceDocumentIds: ['a', 'b'],
    evidenceStarts: [neo4j.int(0), neo4j.int(5)],
    evidenceEnds: [neo4j.int(4), neo4j.int(9)],
    evidenceSentences: ['One.', 'Two.'],
    ...overrides,
  };
}

/** A copy of `record` without `key`. */
function omit(record: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

describe('Neo4j mapping', () => {
  describe('#toNumber', () => {
    it('turns a driver Integer into a number', () => {
      expect(toNumber(neo4j.int(42), 'n')).toBe(42);
      expect(toNumber(neo4j.int(0), 'n')).toBe(0);
    });

    it('accepts a whole JS number, as a float someone stored reads back', () => {
      expect(toNumber(7, 'n')).toBe(7);
    });

    it('refuses an Integer outside JavaScript’s safe range', () => {
      expect(() => toNumber(neo4j.int('9007199254740993'), 'n')).toThrow(InvalidDataError);
    });

    it('refuses fractions, strings and null', () => {
      for (const value of [1.5, '3', null]) expect(() => toNumber(value, 'n')).toThrow(InvalidDataError);
    });
  });

  describe('#evidenceFromArrays', () => {
    it('zips the parallel arrays into Evidence objects, in order', () => {
      expect(
        evidenceFromArrays({
          documentIds: ['a', 'b'],
          starts: [0, 5],
          ends: [4, 9],
          sentences: ['One.', 'Two.'],
        }),
      ).toEqual([
        { documentId: 'a', sentence: 'One.', start: 0, end: 4 },
        { documentId: 'b', sentence: 'Two.', start: 5, end: 9 },
      ]);
    });

    it('gives no evidence for empty arrays', () => {
      expect(evidenceFromArrays({ documentIds: [], starts: [], ends: [], sentences: [] })).toEqual([]);
    });

    it('refuses arrays of different lengths', () => {
      expect(() =>
        evidenceFromArrays({ documentIds: ['a'], starts: [0], ends: [], sentences: ['x'] }),
      ).toThrow(RangeError);
    });
  });

  describe('#evidenceToArrays', () => {
    it('stores offsets as driver Integers, so Neo4j keeps them as integers rather than floats', () => {
      const arrays = evidenceToArrays(fixtureRelation('ruiz-criticized-late-hour').evidence);
      expect(arrays.starts.every((v) => neo4j.isInt(v))).toBe(true);
      expect(arrays.ends.every((v) => neo4j.isInt(v))).toBe(true);
      expect(arrays.documentIds).toHaveLength(2);
    });
  });

  describe('#toEntityNode', () => {
    it('turns a record with Integers into an entity with numbers', () => {
      expect(toEntityNode(entityRecord(), 'test')).toEqual({
        id: 'lena-berg',
        name: 'Lena Berg',
        type: 'Person',
        aliases: ['L. Berg'],
        description: null,
        mentions: [{ documentId: 'northwind-pulls-late-hour', sentence: 'Lena Berg', start: 10, end: 19 }],
        degree: 1,
      });
    });

    it('reads missing list properties (null in a projection) as empty lists', () => {
      const node = toEntityNode(
        entityRecord({
          aliases: null,
          mentionDocumentIds: null,
          mentionStarts: null,
          mentionEnds: null,
          mentionSentences: null,
        }),
        'test',
      );
      expect(node.aliases).toEqual([]);
      expect(node.mentions).toEqual([]);
    });

    it('gives back exactly what entityRow wrote', () => {
      const entity = fixtureEntity('northwind-tv');
      expect(toEntityNode({ ...entityRow(entity), degree: neo4j.int(6) }, 'test')).toEqual({
        ...entity,
        degree: 6,
      });
    });

    it('reads every stored property and needs no other', () => {
      const record = entityRecord();
      const onlyListed = Object.fromEntries(
        [...ENTITY_PROPERTIES, 'degree'].map((key) => [key, record[key]]),
      );
      expect(() => toEntityNode(onlyListed, 'test')).not.toThrow();
      for (const key of ENTITY_PROPERTIES) {
        expect(() => toEntityNode(omit(onlyListed, key), 'test'), key).toThrow(InvalidDataError);
      }
    });

    it('refuses mention arrays of different lengths, saying where', () => {
      expect(() => toEntityNode(entityRecord({ mentionEnds: [] }), 'test')).toThrow(InvalidDataError);
    });

    it('refuses a record of the wrong shape with InvalidDataError', () => {
      expect(() => toEntityNode(entityRecord({ name: 3 }), 'test')).toThrow(InvalidDataError);
      expect(() => toEntityNode(null, 'test')).toThrow(InvalidDataError);
    });
  });

  describe('#toEntity', () => {
    it('gives back exactly what entityRow wrote, with no degree', () => {
      const entity = fixtureEntity('northwind-tv');
      const read = toEntity(entityRow(entity), 'test');
      expect(read).toEqual(entity);
      expect(read).not.toHaveProperty('degree');
    });

    it('refuses a record missing a stored property, saying where', () => {
      expect(() => toEntity(omit(entityRow(fixtureEntity('ana-ruiz')), 'name'), 'test')).toThrow(
        InvalidDataError,
      );
    });
  });

  describe('#entityRow', () => {
    it('writes exactly the stored entity properties', () => {
      expect(Object.keys(entityRow(fixtureEntity('ana-ruiz'))).sort()).toEqual([...ENTITY_PROPERTIES].sort());
    });
  });

  describe('#toRelation', () => {
    it('turns a record with Integer offsets into a relation with its evidence', () => {
      expect(toRelation(relationRecord(), 'test')).toEqual({
        id: 'berg-leads-northwind',
        type: 'LEADS',
        source: 'lena-berg',
        target: 'northwind-tv',
        statement: null,
        role: 'Chief Executive',
        evidence: [
          { documentId: 'a', sentence: 'One.', start: 0, end: 4 },
          { documentId: 'b', sentence: 'Two.', start: 5, end: 9 },
        ],
      });
    });

    it('gives back exactly what relationRow wrote', () => {
      const relation = fixtureRelation('ruiz-criticized-late-hour');
      expect(toRelation(relationRow(relation), 'test')).toEqual(relation);
    });

    it('reads every stored property and needs no other', () => {
      const record = relationRecord();
      const keys = [...RELATION_PROPERTIES, 'type', 'source', 'target'];
      const onlyListed = Object.fromEntries(keys.map((key) => [key, record[key]]));
      expect(() => toRelation(onlyListed, 'test')).not.toThrow();
      for (const key of RELATION_PROPERTIES) {
        expect(() => toRelation(omit(onlyListed, key), 'test'), key).toThrow(InvalidDataError);
      }
    });

    it('refuses evidence arrays of different lengths', () => {
      expect(() => toRelation(relationRecord({ evidenceSentences: ['One.'] }), 'test')).toThrow(
        InvalidDataError,
      );
    });
  });

  describe('#relationRow', () => {
    it('writes the stored relation properties plus the type and ends MERGE needs', () => {
      expect(Object.keys(relationRow(fixtureRelation('ruiz-leads-ministry'))).sort()).toEqual(
        [...RELATION_PROPERTIES, 'type', 'source', 'target'].sort(),
      );
    });
  });

  describe('#toDocument', () => {
    it('gives back what documentRow wrote, null fields included', () => {
      const document = fixtureDocument('ledger-interview');
      expect(toDocument(documentRow(document), 'test')).toEqual(document);
    });

    it('refuses a document without text', () => {
      expect(() => toDocument(omit({ ...fixtureDocument('ledger-interview') }, 'text'), 'test')).toThrow(
        InvalidDataError,
      );
    });
  });

  describe('#toStats', () => {
    it('turns Integer counts into numbers', () => {
      expect(
        toStats({
          entityCount: neo4j.int(13),
          relationCount: neo4j.int(15),
          documentCount: neo4j.int(2),
          entityTypes: [{ type: 'Organization', count: neo4j.int(6) }],
          relationTypes: [],
        }),
      ).toEqual({
        entityCount: 13,
        relationCount: 15,
        documentCount: 2,
        entityTypes: [{ type: 'Organization', count: 6 }],
        relationTypes: [],
      });
    });
  });
});
