import { describe, expect, it } from 'vitest';
import { PICTURE_TITLE_MAX_LENGTH } from '@/app/explorer/canvas/canvas-image-frame';
import {
  DEFAULT_PICTURE_OPTIONS,
  readPictureOptions,
  readPictureTitle,
  writePictureOptions,
  writePictureTitle,
} from './picture-options';

/** A Storage with nothing behind it but a Map. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe('picture options', () => {
  it('reads back what was written', () => {
    const storage = memoryStorage();
    const chosen = { scale: 4, background: 'theme', legend: false, sources: true } as const;
    writePictureOptions(storage, chosen);
    expect(readPictureOptions(storage)).toEqual(chosen);
  });

  it('starts with a legend and the sources, on white, at 2×', () => {
    expect(readPictureOptions(memoryStorage())).toEqual(DEFAULT_PICTURE_OPTIONS);
    expect(DEFAULT_PICTURE_OPTIONS).toEqual({ scale: 2, background: 'white', legend: true, sources: true });
  });

  it('falls back field by field when what is stored is not right', () => {
    const storage = memoryStorage();
    storage.setItem(
      'newsgraph:picture-options',
      JSON.stringify({ scale: 3, background: 'red', legend: false }),
    );
    expect(readPictureOptions(storage)).toEqual({ ...DEFAULT_PICTURE_OPTIONS, legend: false });
    storage.setItem('newsgraph:picture-options', '{not json');
    expect(readPictureOptions(storage)).toEqual(DEFAULT_PICTURE_OPTIONS);
  });

  it('survives storage that refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => writePictureOptions(refusing, DEFAULT_PICTURE_OPTIONS)).not.toThrow();
    expect(() => writePictureTitle(refusing, 'x')).not.toThrow();
    expect(readPictureTitle(refusing)).toBe('');
  });
});

describe('picture title', () => {
  it('keeps the title within the limit', () => {
    const storage = memoryStorage();
    expect(readPictureTitle(storage)).toBe('');
    writePictureTitle(storage, 'y'.repeat(PICTURE_TITLE_MAX_LENGTH + 10));
    expect(readPictureTitle(storage)).toHaveLength(PICTURE_TITLE_MAX_LENGTH);
  });
});
