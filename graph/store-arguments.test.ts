import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from './errors';
import { LIMITS } from './limits';
import {
  resolveIds,
  resolveNeighborhood,
  resolvePath,
  resolveRelations,
  resolveSearch,
} from './store-arguments';

describe('store arguments', () => {
  it('fills the documented defaults', () => {
    expect(resolveNeighborhood()).toStrictEqual({
      depth: 1,
      relationTypes: undefined,
      entityTypes: undefined,
      limit: LIMITS.defaultNeighborhoodLimit,
    });
    expect(resolvePath()).toStrictEqual({
      maxDepth: LIMITS.defaultPathDepth,
      relationTypes: undefined,
      entityTypes: undefined,
    });
    expect(resolveRelations()).toStrictEqual({
      types: undefined,
      direction: 'BOTH',
      limit: LIMITS.defaultRelationsLimit,
    });
    expect(resolveSearch('  Bukele ')).toStrictEqual({
      query: 'Bukele',
      types: undefined,
      limit: LIMITS.defaultSearchLimit,
    });
  });

  it.each([0, 4, 1.5, Number.NaN])('refuses neighborhood depth %s', (depth) => {
    expect(() => resolveNeighborhood({ depth })).toThrow(InvalidArgumentError);
  });

  it('refuses a path depth over the limit', () => {
    expect(() => resolvePath({ maxDepth: LIMITS.maxPathDepth + 1 })).toThrow(InvalidArgumentError);
  });

  it('refuses an empty or over-long search query', () => {
    expect(() => resolveSearch('   ')).toThrow(InvalidArgumentError);
    expect(() => resolveSearch('a'.repeat(LIMITS.maxSearchQueryLength + 1))).toThrow(InvalidArgumentError);
  });

  it('refuses type names that fail the allowlist', () => {
    expect(() => resolveNeighborhood({ relationTypes: ['SAID`]->()'] })).toThrow(InvalidArgumentError);
    expect(() => resolveSearch('x', { types: ['person'] })).toThrow(InvalidArgumentError);
  });

  it('refuses a direction outside OUT, IN and BOTH', () => {
    expect(() => resolveRelations({ direction: 'SIDEWAYS' as never })).toThrow(InvalidArgumentError);
  });

  it('deduplicates ids and type names', () => {
    expect(resolveIds(['a', 'a', 'b'], 't')).toStrictEqual(['a', 'b']);
    expect(resolveNeighborhood({ relationTypes: ['SAID', 'SAID'] }).relationTypes).toStrictEqual(['SAID']);
  });

  it('refuses no ids and too many ids', () => {
    expect(() => resolveIds([], 't')).toThrow(InvalidArgumentError);
    expect(() =>
      resolveIds(
        Array.from({ length: LIMITS.maxIds + 1 }, (_, i) => `n${i}`),
        't',
      ),
    ).toThrow(InvalidArgumentError);
  });
});
