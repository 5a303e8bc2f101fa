import { describe, expect, it } from 'vitest';
import { allowedTypes, needsTypeLists, pathTypeFilters } from './path-filters';

describe('path-filters', () => {
  describe('#allowedTypes', () => {
    it('lists every type but the hidden ones, sorted', () => {
      expect(allowedTypes(['SAID', 'CRITICIZED', 'AIRED'], ['SAID'])).toEqual(['AIRED', 'CRITICIZED']);
    });

    it('sets no filter when nothing is hidden', () => {
      expect(allowedTypes(['SAID', 'AIRED'], [])).toBeUndefined();
    });

    it('sets no filter when only types the store does not have are hidden', () => {
      expect(allowedTypes(['SAID', 'AIRED'], ['GONE'])).toBeUndefined();
    });

    it('allows nothing when everything is hidden, rather than everything', () => {
      expect(allowedTypes(['SAID', 'AIRED'], ['AIRED', 'SAID'])).toEqual([]);
    });

    it('lists a type once even when the store lists it twice', () => {
      expect(allowedTypes(['Person', 'Person', 'Law'], ['Law'])).toEqual(['Person']);
    });
  });

  it('#needsTypeLists only when something is hidden', () => {
    expect(needsTypeLists([], [])).toBe(false);
    expect(needsTypeLists(['Person'], [])).toBe(true);
    expect(needsTypeLists([], ['SAID'])).toBe(true);
  });

  describe('#pathTypeFilters', () => {
    const store = { entityTypes: ['Person', 'Country', 'Law'], relationTypes: ['SAID', 'AIRED'] };

    it('translates hidden entity and relation types into allowed lists', () => {
      expect(pathTypeFilters(store, { entityTypes: ['Law'], relationTypes: ['SAID'] })).toEqual({
        entityTypes: ['Country', 'Person'],
        relationTypes: ['AIRED'],
      });
    });

    it('leaves out an argument whose types are all shown', () => {
      expect(pathTypeFilters(store, { entityTypes: [], relationTypes: ['AIRED'] })).toEqual({
        relationTypes: ['SAID'],
      });
      expect(pathTypeFilters(store, { entityTypes: [], relationTypes: [] })).toEqual({});
    });
  });
});
