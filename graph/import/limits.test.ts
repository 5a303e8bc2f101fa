import { describe, expect, it } from 'vitest';
import { ConfigError } from '../environment';
import { InvalidArgumentError } from '../errors';
import {
  assertWithinByteLimit,
  DEFAULT_MAX_IMPORT_BYTES,
  DEFAULT_MAX_IMPORT_ITEMS,
  ImportTooLargeError,
  resolveImportLimits,
} from './limits';
import { textFile, thrown } from './testing/files';
import type { ImportFile } from './types';

describe('resolveImportLimits', () => {
  it('uses the defaults when nothing is set, or the variables are empty', () => {
    const defaults = { maxItems: DEFAULT_MAX_IMPORT_ITEMS, maxBytes: DEFAULT_MAX_IMPORT_BYTES };
    expect(resolveImportLimits({})).toEqual(defaults);
    expect(resolveImportLimits({ NEWSGRAPH_MAX_IMPORT_ITEMS: '', NEWSGRAPH_MAX_IMPORT_BYTES: '' })).toEqual(
      defaults,
    );
  });

  it('reads both variables', () => {
    expect(
      resolveImportLimits({ NEWSGRAPH_MAX_IMPORT_ITEMS: '500', NEWSGRAPH_MAX_IMPORT_BYTES: '1024' }),
    ).toEqual({
      maxItems: 500,
      maxBytes: 1024,
    });
  });

  it('refuses a value that is not a positive whole number, naming the variable', () => {
    for (const value of ['lots', '0', '1.5']) {
      const error = thrown(() => resolveImportLimits({ NEWSGRAPH_MAX_IMPORT_BYTES: value }));
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain('NEWSGRAPH_MAX_IMPORT_BYTES');
    }
  });
});

const sizes = (files: readonly ImportFile[]) =>
  files.map((f) => ({ name: f.name, byteLength: f.content.byteLength }));

describe('assertWithinByteLimit', () => {
  it('lets files at the limit through and refuses one byte more', () => {
    expect(() => assertWithinByteLimit(sizes([textFile('a', 'abc'), textFile('b', 'de')]), 5)).not.toThrow();
    const error = thrown(() => assertWithinByteLimit(sizes([textFile('a', 'abc'), textFile('b', 'def')]), 5));
    expect(error).toBeInstanceOf(ImportTooLargeError);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', limit: 5 });
  });
});
