import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from './explorer-settings';

function memoryStorage(initial: string | null = null) {
  let value = initial;
  return {
    getItem: () => value,
    setItem: (_key: string, next: string) => {
      value = next;
    },
  };
}

describe('explorer settings', () => {
  it('reads back what was written', () => {
    const storage = memoryStorage();
    writeSettings(storage, { expansionLimit: 5, drawWarningThreshold: 300, renderer: 'webgl' });
    expect(readSettings(storage)).toEqual({
      expansionLimit: 5,
      drawWarningThreshold: 300,
      renderer: 'webgl',
    });
  });

  it('falls back to the defaults for anything missing, malformed or out of range', () => {
    expect(readSettings(memoryStorage())).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(memoryStorage('{not json'))).toEqual(DEFAULT_SETTINGS);
    expect(
      readSettings(memoryStorage('{"expansionLimit":100000,"renderer":"svg","drawWarningThreshold":"x"}')),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      expansionLimit: 500,
    });
  });
});
