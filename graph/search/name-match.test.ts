import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistanceWithin, MATCH, matchQuality } from './name-match';
import { words } from './words';

const quality = (typed: string, ...names: string[]) => matchQuality(words(typed), names.map(words));

describe('matchQuality', () => {
  it('ranks the whole name, in any order, as exact', () => {
    expect(quality('Hillary Clinton', 'Hillary Clinton')).toBe(MATCH.EXACT);
    expect(quality('clinton HILLARY', 'Hillary Clinton')).toBe(MATCH.EXACT);
    expect(quality('bukele', 'Nayib Bukéle', 'Bukele')).toBe(MATCH.EXACT);
  });

  it('ranks whole words, then starts of words, then typos', () => {
    expect(quality('clinton', 'Hillary Clinton')).toBe(MATCH.WORDS);
    expect(quality('h clinton', 'Hillary Clinton')).toBe(MATCH.PREFIX);
    expect(quality('hilary clinton', 'Hillary Clinton')).toBe(MATCH.FUZZY);
  });

  it('wants each word typed in a different word of one name', () => {
    expect(quality('ana ana', 'Ana Ruiz')).toBeNull();
    expect(quality('ana minister', 'Ana Ruiz', 'Minister Ruiz')).toBeNull();
    expect(quality('ruiz minister', 'Ana Ruiz', 'Minister Ruiz')).toBe(MATCH.EXACT);
  });

  it('finds nothing for no words', () => {
    expect(quality('***', 'Ana Ruiz')).toBeNull();
  });
});

describe('allowedEdits', () => {
  it('allows no typo below five letters, one from five, two from nine', () => {
    expect([4, 5, 8, 9].map((n) => allowedEdits('x'.repeat(n)))).toEqual([0, 1, 1, 2]);
  });
});

describe('editDistanceWithin', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistanceWithin('bukelle', 'bukele', 1)).toBe(true);
    expect(editDistanceWithin('bukle', 'bukele', 1)).toBe(true);
    expect(editDistanceWithin('bukalo', 'bukele', 1)).toBe(false);
    expect(editDistanceWithin('bkuele', 'bukele', 1)).toBe(true);
    expect(editDistanceWithin('bukele', 'bukal', 1)).toBe(false);
    expect(editDistanceWithin('bukele', 'bukal', 2)).toBe(true);
  });
});
