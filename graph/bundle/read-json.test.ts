import { describe, expect, it } from 'vitest';
import { InvalidDataError } from '../errors';
import { parseJson } from './read-json';

function rejection(text: string): InvalidDataError {
  try {
    parseJson(text, 'x.json');
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidDataError);
    return error as InvalidDataError;
  }
  throw new Error('expected parseJson to throw');
}

describe('parseJson', () => {
  it('returns the parsed value of valid JSON', () => {
    expect(parseJson('{"a":[1,2]}', 'x.json')).toEqual({ a: [1, 2] });
  });

  it('names the line and column of a trailing comma', () => {
    expect(rejection('{\n  "a": 1,\n  }').path).toBe('(line 3, column 3)');
  });

  it('names the end of the text when the JSON stops short', () => {
    expect(rejection('{\n"a": [').path).toBe('(line 2, column 7)');
  });

  it('names the file it was given', () => {
    expect(rejection('nope').source).toBe('x.json');
  });
});
