import { describe, expect, it } from 'vitest';
import {
  NO_DATA_REASON,
  NO_ELEMENTS_REASON,
  NO_RESULT_REASON,
  NOT_JSON_REASON,
  describeDrawable,
  extractDrawable,
  extractDrawableFromText,
} from './draw-result';

describe('extractDrawable', () => {
  it('finds entities in a list at the top of the data', () => {
    const result = extractDrawable({
      data: {
        search: [
          { id: 'nayib-bukele', name: 'Nayib Bukele', type: 'Person' },
          { id: 'cecot', name: 'CECOT', type: 'Prison' },
        ],
      },
    });
    expect(result).toEqual({ kind: 'drawable', entityIds: ['nayib-bukele', 'cecot'], relationIds: [] });
  });

  it('finds relations with object ends, and counts their ends as entities', () => {
    const result = extractDrawable({
      data: {
        entity: {
          id: 'nayib-bukele',
          type: 'Person',
          relations: [
            {
              id: 'bukele-replied-to-clinton',
              type: 'REPLIED_TO',
              source: { id: 'nayib-bukele' },
              target: { id: 'hillary-clinton', name: 'Hillary Clinton' },
            },
          ],
        },
      },
    });
    expect(result).toEqual({
      kind: 'drawable',
      entityIds: ['nayib-bukele', 'hillary-clinton'],
      relationIds: ['bukele-replied-to-clinton'],
    });
  });

  it('takes relation ends given as id strings', () => {
    const result = extractDrawable({
      data: { edges: [{ id: 'r1', type: 'SAID', source: 'a', target: 'b' }] },
    });
    expect(result).toEqual({ kind: 'drawable', entityIds: ['a', 'b'], relationIds: ['r1'] });
  });

  it('finds elements under aliased fields, deep inside nested objects and lists', () => {
    const result = extractDrawable({
      data: {
        first: { nodes: [{ id: 'a', type: 'Person' }] },
        second: {
          wrapper: [[{ inner: { deeper: [{ id: 'b', type: 'Country' }] } }]],
        },
        path: {
          edges: [{ id: 'a-to-c', type: 'LEADS', source: { id: 'a' }, target: { id: 'c' } }],
        },
      },
    });
    expect(result).toEqual({ kind: 'drawable', entityIds: ['a', 'b', 'c'], relationIds: ['a-to-c'] });
  });

  it('lists each entity and relation once, in the order the result first names them', () => {
    const relation = { id: 'r', type: 'SAID', source: { id: 'b' }, target: { id: 'a' } };
    const result = extractDrawable({
      data: {
        nodes: [
          { id: 'a', type: 'Person' },
          { id: 'b', type: 'Person' },
          { id: 'a', type: 'Person' },
        ],
        edges: [relation, { ...relation }],
        again: { id: 'b', type: 'Person' },
      },
    });
    expect(result).toEqual({ kind: 'drawable', entityIds: ['a', 'b'], relationIds: ['r'] });
  });

  it('skips nulls anywhere in the data', () => {
    const result = extractDrawable({
      data: { entity: null, list: [null, { id: 'a', type: 'Person', description: null }], path: null },
    });
    expect(result).toEqual({ kind: 'drawable', entityIds: ['a'], relationIds: [] });
  });

  it('does not take an object with an id but no type (a document) for an entity', () => {
    const result = extractDrawable({ data: { documents: [{ id: 'cecot-bukele-clinton', title: 'x' }] } });
    expect(result).toEqual({ kind: 'nothing', reason: NO_ELEMENTS_REASON });
  });

  it('does not take an object with source or target for an entity when its ends are missing', () => {
    const result = extractDrawable({
      data: { edges: [{ id: 'r', type: 'SAID', source: null, target: { id: 'b' } }] },
    });
    // The relation has no source, so it is not drawn; its target has no type, so it is no entity either.
    expect(result).toEqual({ kind: 'nothing', reason: NO_ELEMENTS_REASON });
  });

  it('still finds entities inside a relation that cannot be drawn', () => {
    const result = extractDrawable({
      data: { edges: [{ type: 'SAID', source: { id: 'a', type: 'Person' }, target: { id: 'b' } }] },
    });
    // No relation id: the relation is not drawn, but its typed end is an entity on its own.
    expect(result).toEqual({ kind: 'drawable', entityIds: ['a'], relationIds: [] });
  });

  it('ignores ids that are not the store’s slugs (an alias such as `id: name`)', () => {
    const result = extractDrawable({
      data: {
        search: [
          { id: 'Nayib Bukele', type: 'Person' },
          { id: 42, type: 'Person' },
          { id: 'cecot', type: 'Prison' },
        ],
        edges: [{ id: 'r', type: 'SAID', source: { id: 'Not A Slug' }, target: { id: 'cecot' } }],
      },
    });
    expect(result).toEqual({ kind: 'drawable', entityIds: ['cecot'], relationIds: [] });
  });

  it('requires a string type', () => {
    expect(extractDrawable({ data: { e: { id: 'a', type: 3 } } }).kind).toBe('nothing');
  });

  it('says there is nothing to draw in a result without graph elements (statistics)', () => {
    const result = extractDrawable({
      data: { stats: { entityCount: 24, entityTypes: [{ type: 'Person', count: 5 }] } },
    });
    expect(result).toEqual({ kind: 'nothing', reason: NO_ELEMENTS_REASON });
  });

  it('says when the result has only errors', () => {
    const result = extractDrawable({ data: null, errors: [{ message: 'Not found', path: ['entity'] }] });
    expect(result).toEqual({ kind: 'nothing', reason: NO_DATA_REASON });
    expect(extractDrawable({ errors: [{ message: 'Syntax Error' }] })).toEqual({
      kind: 'nothing',
      reason: NO_DATA_REASON,
    });
  });

  it('draws the data of a partial result, next to its errors', () => {
    const result = extractDrawable({
      data: { a: { id: 'a', type: 'Person' }, b: null },
      errors: [{ message: 'NOT_FOUND', path: ['b'] }],
    });
    expect(result).toEqual({ kind: 'drawable', entityIds: ['a'], relationIds: [] });
  });

  it('says there is no result for nothing at all', () => {
    expect(extractDrawable(null)).toEqual({ kind: 'nothing', reason: NO_RESULT_REASON });
    expect(extractDrawable(undefined)).toEqual({ kind: 'nothing', reason: NO_RESULT_REASON });
  });

  it('reads a bare value (no `data` wrapper) as the data itself', () => {
    expect(extractDrawable([{ id: 'a', type: 'Person' }])).toEqual({
      kind: 'drawable',
      entityIds: ['a'],
      relationIds: [],
    });
  });

  it('walks very deep results without overflowing the stack', () => {
    let deep: unknown = { id: 'bottom', type: 'Person' };
    for (let i = 0; i < 100_000; i++) deep = { next: deep };
    expect(extractDrawable({ data: deep })).toEqual({
      kind: 'drawable',
      entityIds: ['bottom'],
      relationIds: [],
    });
  });

  it('walks very long lists', () => {
    const nodes = Array.from({ length: 200_000 }, (_, i) => ({ id: `e${i}`, type: 'Person' }));
    const result = extractDrawable({ data: { nodes } });
    expect(result.kind === 'drawable' && result.entityIds.length).toBe(200_000);
  });
});

describe('extractDrawableFromText', () => {
  it('parses the response text and extracts from it', () => {
    const text = JSON.stringify({ data: { search: [{ id: 'a', type: 'Person' }] } }, null, 2);
    expect(extractDrawableFromText(text)).toEqual({ kind: 'drawable', entityIds: ['a'], relationIds: [] });
  });

  it('says there is no result when the response is empty', () => {
    expect(extractDrawableFromText('')).toEqual({ kind: 'nothing', reason: NO_RESULT_REASON });
    expect(extractDrawableFromText('  \n')).toEqual({ kind: 'nothing', reason: NO_RESULT_REASON });
    expect(extractDrawableFromText(null)).toEqual({ kind: 'nothing', reason: NO_RESULT_REASON });
  });

  it('says so when the response is not JSON', () => {
    expect(extractDrawableFromText('<html>Bad gateway</html>')).toEqual({
      kind: 'nothing',
      reason: NOT_JSON_REASON,
    });
  });
});

describe('describeDrawable', () => {
  it('counts entities, and relations when there are any', () => {
    expect(describeDrawable({ kind: 'drawable', entityIds: ['a'], relationIds: [] })).toBe('1 entity');
    expect(describeDrawable({ kind: 'drawable', entityIds: ['a', 'b'], relationIds: ['r'] })).toBe(
      '2 entities and 1 relation',
    );
    expect(describeDrawable({ kind: 'drawable', entityIds: ['a', 'b'], relationIds: ['r', 's'] })).toBe(
      '2 entities and 2 relations',
    );
  });
});
