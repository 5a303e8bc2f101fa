import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Random } from '../synthetic/random';
import { schema, validationErrors } from '../testing/schema';
import { fuzzRequest, mutateText } from './fuzz-requests';
import type { KnownValues } from './random-operation';
import { randomOperation } from './random-operation';

const known: KnownValues = {
  ids: ['nayib-bukele', 'hillary-clinton'],
  documentIds: ['article-1'],
  searchTerms: ['bukele'],
  entityTypes: ['Person'],
  relationTypes: ['SAID'],
};

describe('randomOperation', () => {
  const operations = Array.from(
    { length: 300 },
    (
      (random) => () =>
        randomOperation(schema, known, random)
    )(new Random(1)),
  );

  it('writes operations that mostly parse, and many that pass the schema, so fuzzing reaches the resolvers', () => {
    const parsed = operations.filter((op) => {
      try {
        parse(op.query);
        return true;
      } catch {
        return false;
      }
    });
    const valid = operations.filter((op) => validationErrors(op.query).length === 0);
    expect(parsed.length / operations.length).toBeGreaterThan(0.85);
    expect(valid.length / operations.length).toBeGreaterThan(0.4);
  });

  it('reaches every root field of the schema', () => {
    const roots = Object.keys(schema.getQueryType()?.getFields() ?? {});
    for (const root of roots) {
      expect(operations.some((op) => new RegExp(`\\b${root}\\b`).test(op.query))).toBe(true);
    }
  });

  it('makes the same requests from the same seed', () => {
    const run = (seed: number) => {
      const random = new Random(seed);
      return Array.from({ length: 50 }, () => fuzzRequest(schema, known, random));
    };
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
  });
});

describe('mutateText', () => {
  it('changes the text', () => {
    const random = new Random(2);
    const text = '{ search(query: "bukele") { id name } }';
    const mutated = Array.from({ length: 50 }, () => mutateText(text, random));
    expect(mutated.filter((m) => m !== text).length).toBeGreaterThan(40);
  });
});
