import { describe, expect, it } from 'vitest';
import { fixtureBundle } from '../bundle/fixtures';
import { InvalidDataError } from '../errors';
import { parseJsonBundle } from './json';
import { NOTES_DOCUMENT, textFile, thrown } from './testing/files';

describe('parseJsonBundle', () => {
  it('reads a bundle with its documents’ text inline, as the seed and the JSON export have it', () => {
    const bundle = fixtureBundle();
    const batch = parseJsonBundle([textFile('a.json', JSON.stringify(bundle))]);
    expect(batch).toEqual({
      documents: [NOTES_DOCUMENT],
      entities: bundle.entities,
      relations: bundle.relations,
    });
  });

  it('names the line and column of a syntax error', () => {
    const error = thrown(() => parseJsonBundle([textFile('a.json', '{\n  "formatVersion": 1,\n}')]));
    expect(error).toBeInstanceOf(InvalidDataError);
    expect(error).toMatchObject({ source: 'a.json', path: '(line 3, column 1)' });
  });

  it('names the path of a field the bundle schema refuses', () => {
    const bundle = fixtureBundle();
    Object.assign(bundle.relations[1] ?? {}, { type: 'wrote about' });
    const error = thrown(() => parseJsonBundle([textFile('a.json', JSON.stringify(bundle))]));
    expect(error).toMatchObject({ source: 'a.json', path: 'relations[1].type' });
  });

  it('refuses a document whose text is in another file, since it has no way to read it', () => {
    const bundle = fixtureBundle();
    const document = bundle.documents[0];
    if (document !== undefined) {
      delete document.text;
      document.textFile = '../etc/passwd';
    }
    const error = thrown(() => parseJsonBundle([textFile('a.json', JSON.stringify(bundle))]));
    expect(error).toBeInstanceOf(InvalidDataError);
    expect(error).toMatchObject({ source: 'a.json', path: 'documents[0].textFile' });
  });

  it('refuses bytes that are not UTF-8', () => {
    const error = thrown(() =>
      parseJsonBundle([{ name: 'a.json', content: new Uint8Array([0x7b, 0xff, 0x7d]) }]),
    );
    expect(error).toBeInstanceOf(InvalidDataError);
    expect(error).toMatchObject({ source: 'a.json', path: '(file)' });
  });
});
