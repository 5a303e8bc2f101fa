import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors';
import { cypherLiteral, cypherString } from './cypher-literal';
import { cypherProblems, decodeCypherString, stringLiterals } from './testing/cypher-lint';

const HOSTILE = [
  "O'Brien",
  'say "hi"',
  'back\\slash',
  '\\u0041 stays six characters',
  'line\nbreak and\r\nwindows and\ttab',
  "end';\nMATCH (n) DETACH DELETE n //",
  '$param {map} `ticks`',
  '👩🏽‍⚖️ العربية עברית',
  'right-to-left override \u202E here',
  'lone \uD800 surrogate',
  'form feed \f and backspace \b and NUL \u0000',
  'astral format character \u{E0067} (a tag)',
  'line separator \u2028 and paragraph separator \u2029',
];

describe('cypherString', () => {
  it('single-quotes and escapes quotes and backslashes', () => {
    expect(cypherString(`O'Brien says "\\"`)).toBe(`'O\\'Brien says "\\\\"'`);
  });

  it('writes line breaks and tabs as escapes, so a statement stays on one line', () => {
    expect(cypherString('a\nb\r\nc\td')).toBe("'a\\nb\\r\\nc\\td'");
  });

  it('writes emoji and right-to-left text as they are', () => {
    expect(cypherString('👩🏽 العربية עברית')).toBe("'👩🏽 العربية עברית'");
  });

  it('escapes invisible and direction-changing characters, so the script reads as what it does', () => {
    expect(cypherString('a\u202Eb\u200Dc\uFEFF')).toBe("'a\\u202Eb\\u200Dc\\uFEFF'");
  });

  it('escapes an unpaired surrogate, which UTF-8 cannot carry', () => {
    expect(cypherString('x\uD800y')).toBe("'x\\uD800y'");
  });

  it.each(HOSTILE)(
    'gives a literal that Neo4j’s lexer reads as one string and that decodes to %j',
    (value) => {
      const literal = cypherString(value);
      expect(literal).not.toMatch(/[\n\r]/);
      const query = `RETURN ${literal} AS v`;
      expect(cypherProblems(query, [])).toEqual([]);
      expect(stringLiterals(query)).toEqual([value]);
      expect(decodeCypherString(literal)).toBe(value);
    },
  );
});

describe('cypherLiteral', () => {
  it('writes null, booleans and whole numbers', () => {
    expect([null, true, false, 0, -3, 42].map(cypherLiteral)).toEqual([
      'null',
      'true',
      'false',
      '0',
      '-3',
      '42',
    ]);
  });

  it('writes lists, nested ones included', () => {
    expect(cypherLiteral(['a', 1, null, ['b', [2]]])).toBe("['a', 1, null, ['b', [2]]]");
    expect(cypherLiteral([])).toBe('[]');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53 + 2])(
    'refuses %s, which Cypher cannot hold exactly',
    (n) => {
      expect(() => cypherLiteral(n)).toThrow(InvalidArgumentError);
    },
  );
});
