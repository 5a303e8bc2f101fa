import { describe, expect, it } from 'vitest';
import { fold, lookupWords, words } from './words';

describe('fold', () => {
  it('drops case and accents, and folds the letters Lucene’s ASCII folding folds', () => {
    expect(fold('Nayib Bukéle')).toBe('nayib bukele');
    expect(fold('Øresund Łódź Straße Æsir')).toBe('oresund lodz strasse aesir');
  });
});

describe('words', () => {
  it('cuts at spaces and punctuation, keeping an apostrophe or a dot inside a word', () => {
    expect(words('H. Clinton')).toEqual(['h', 'clinton']);
    expect(words('Harbor-City (NWTV)')).toEqual(['harbor', 'city', 'nwtv']);
    expect(words("O'Brien’s U.S. visit")).toEqual(["o'brien’s", 'u.s', 'visit']);
  });

  it('finds no word in query syntax alone', () => {
    expect(words('* ~ " ( ) : ? \\ && ||')).toEqual([]);
  });
});

describe('lookupWords', () => {
  it('leaves out the stop words no index holds', () => {
    expect(lookupWords('Ministry of the Culture')).toEqual(['ministry', 'culture']);
  });

  it('keeps them when nothing else is left, to be looked up as starts of words', () => {
    expect(lookupWords('the')).toEqual(['the']);
    expect(lookupWords('A')).toEqual(['a']);
  });
});
