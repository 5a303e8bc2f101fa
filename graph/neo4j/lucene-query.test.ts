import { describe, expect, it } from 'vitest';
import { escapeLucene, nameQuery, textQuery } from './lucene-query';

describe('escapeLucene', () => {
  it('escapes every character of Lucene’s query syntax', () => {
    const special = '+-&|!(){}[]^"~*?:\\/';
    expect(escapeLucene(special)).toBe([...special].map((c) => `\\${c}`).join(''));
    expect(escapeLucene("o'brien")).toBe("o'brien");
  });
});

describe('nameQuery', () => {
  it('wants every word: exact, as a start, or with the typos its length allows', () => {
    expect(nameQuery('H. Bukelle')).toBe('+(h^4 OR h*^2) +(bukelle^4 OR bukelle*^2 OR bukelle~1)');
  });

  it('leaves query syntax out: only our own words reach Lucene', () => {
    expect(nameQuery('name:(Bukele~9) OR *')).toBe(
      '+(name^4 OR name*^2) +(bukele^4 OR bukele*^2 OR bukele~1) +(9^4 OR 9*^2)',
    );
    expect(nameQuery('* ~ "')).toBe('');
  });

  it('leaves stop words out, or asks for them as starts of words when nothing else is typed', () => {
    expect(nameQuery('Ministry of Culture')).toBe(
      '+(ministry^4 OR ministry*^2 OR ministry~1) +(culture^4 OR culture*^2 OR culture~1)',
    );
    expect(nameQuery('the')).toBe('+the*');
  });
});

describe('textQuery', () => {
  it('wants every word, the last one also as the start of a word', () => {
    expect(textQuery('Torture by another NAM')).toBe('+torture +another +(nam OR nam*)');
  });
});
