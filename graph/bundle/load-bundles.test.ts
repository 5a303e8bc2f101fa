import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidDataError } from '../errors';
import type { Bundle } from './bundle-schema';
import { FIXTURE_TEXT, fixtureBundle, writeBundleFile } from './fixtures';
import { loadBundleFile, loadBundles } from './load-bundles';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-bundle-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Loads `content` from a fresh file and returns the InvalidDataError it must raise. */
async function rejectionOf(content: unknown, name = 'bad.json'): Promise<InvalidDataError> {
  const file = await writeBundleFile(dir, name, content);
  const error: unknown = await loadBundleFile(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidDataError);
  return error as InvalidDataError;
}

/** A fixture bundle changed by `edit`, which may mutate it freely. */
function edited(edit: (bundle: Bundle) => void): Bundle {
  const bundle = fixtureBundle();
  edit(bundle);
  return bundle;
}

describe('loadBundleFile', () => {
  it('returns the documents, entities and relations of a valid bundle as a batch', async () => {
    const batch = await loadBundleFile(await writeBundleFile(dir, 'ok.json', fixtureBundle()));
    expect(batch.documents).toEqual([
      { id: 'notes', title: 'Notes on the engine', source: null, publishedAt: null, text: FIXTURE_TEXT },
    ]);
    expect(batch.entities.map((e) => e.id)).toEqual(['ada-lovelace', 'analytical-engine']);
    expect(batch.relations.map((r) => r.id)).toEqual([
      'ada-said-engine-could-compose',
      'ada-wrote-about-engine',
    ]);
  });

  it('reads a document text from its textFile, relative to the bundle file', async () => {
    await writeFile(path.join(dir, 'notes.txt'), FIXTURE_TEXT);
    const bundle = edited((b) => {
      const document = b.documents[0];
      if (document === undefined) throw new Error('fixture has a document');
      delete document.text;
      document.textFile = 'notes.txt';
    });
    const batch = await loadBundleFile(await writeBundleFile(dir, 'ok.json', bundle));
    expect(batch.documents[0]?.text).toBe(FIXTURE_TEXT);
    expect(batch.documents[0]).not.toHaveProperty('textFile');
  });

  describe('refuses', () => {
    it('invalid JSON, naming the line and column', async () => {
      const error = await rejectionOf('{\n  "formatVersion": 1,\n}\n');
      expect(error.path).toBe('(line 3, column 1)');
      expect(error.code).toBe('INVALID_DATA');
    });

    it('a file that does not exist', async () => {
      const error: unknown = await loadBundleFile(path.join(dir, 'nowhere.json')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidDataError);
    });

    it('a missing field, naming its path', async () => {
      const error = await rejectionOf(edited((b) => Reflect.deleteProperty(b.entities[0] ?? {}, 'name')));
      expect(error.path).toBe('entities[0].name');
    });

    it('an unknown field, so a misspelt key cannot pass silently', async () => {
      const error = await rejectionOf(edited((b) => Object.assign(b.relations[0] ?? {}, { statment: 'x' })));
      expect(error.path).toBe('relations[0]');
    });

    it('a format version it does not know', async () => {
      const error = await rejectionOf({ ...fixtureBundle(), formatVersion: 2 });
      expect(error.path).toBe('formatVersion');
    });

    it('an entity type that is not PascalCase', async () => {
      const error = await rejectionOf(edited((b) => Object.assign(b.entities[0] ?? {}, { type: 'person' })));
      expect(error.path).toBe('entities[0].type');
    });

    it('a relation type that is not UPPER_SNAKE_CASE', async () => {
      const error = await rejectionOf(
        edited((b) => Object.assign(b.relations[1] ?? {}, { type: 'wroteAbout' })),
      );
      expect(error.path).toBe('relations[1].type');
    });

    it('evidence without offsets, pointing at the annotator', async () => {
      const error = await rejectionOf(
        edited((b) => Reflect.deleteProperty(b.relations[0]?.evidence[0] ?? {}, 'start')),
      );
      expect(error.path).toBe('relations[0].evidence[0].start');
      expect(error.message).toContain('npm run data:annotate');
    });

    it('an evidence span shifted by one character', async () => {
      const error = await rejectionOf(
        edited((b) => {
          const evidence = b.relations[0]?.evidence[0];
          if (evidence === undefined) throw new Error('fixture has evidence');
          evidence.start += 1;
          evidence.end += 1;
        }),
      );
      expect(error.path).toBe('relations[0].evidence[0].start');
    });

    it('an evidence start off by one while the end is right', async () => {
      const error = await rejectionOf(
        edited((b) => {
          const evidence = b.relations[0]?.evidence[0];
          if (evidence !== undefined) evidence.start -= 1;
        }),
      );
      expect(error.path).toBe('relations[0].evidence[0].start');
    });

    it('an evidence sentence that is not in the document', async () => {
      const error = await rejectionOf(
        edited((b) =>
          Object.assign(b.relations[0]?.evidence[0] ?? {}, { sentence: 'She said it could compute.' }),
        ),
      );
      expect(error.path).toBe('relations[0].evidence[0].sentence');
    });

    it('evidence quoting a document that no bundle has', async () => {
      const error = await rejectionOf(
        edited((b) => Object.assign(b.relations[1]?.evidence[0] ?? {}, { documentId: 'elsewhere' })),
      );
      expect(error.path).toBe('relations[1].evidence[0].documentId');
    });

    it('evidence whose end runs past the end of the text, though the slice reads right', async () => {
      // text.slice clamps `end` to the text's length, so the slice alone would match the sentence.
      const sentence = FIXTURE_TEXT.slice(FIXTURE_TEXT.indexOf('She said'));
      const start = FIXTURE_TEXT.length - sentence.length;
      const error = await rejectionOf(
        edited((b) =>
          Object.assign(b.relations[0]?.evidence[0] ?? {}, {
            sentence,
            start,
            end: start + sentence.length + 40,
          }),
        ),
      );
      expect(error.path).toBe('relations[0].evidence[0].start');
    });

    it('an entity mention whose offsets do not cover its sentence', async () => {
      const error = await rejectionOf(
        edited((b) => Object.assign(b.entities[1]?.mentions[1] ?? {}, { start: 0, end: 32 })),
      );
      expect(error.path).toBe('entities[1].mentions[1].start');
    });

    it('a relation to an entity that does not exist', async () => {
      const error = await rejectionOf(
        edited((b) => Object.assign(b.relations[0] ?? {}, { target: 'babbage' })),
      );
      expect(error.path).toBe('relations[0].target');
    });

    it('a duplicate entity id, naming the second one', async () => {
      const error = await rejectionOf(
        edited((b) => Object.assign(b.entities[1] ?? {}, { id: 'ada-lovelace' })),
      );
      expect(error.path).toBe('entities[1].id');
    });

    it('a duplicate relation id', async () => {
      const error = await rejectionOf(
        edited((b) => Object.assign(b.relations[1] ?? {}, { id: 'ada-said-engine-could-compose' })),
      );
      expect(error.path).toBe('relations[1].id');
    });

    it('a text file that does not exist', async () => {
      const error = await rejectionOf(
        edited((b) => {
          const document = b.documents[0];
          if (document === undefined) throw new Error('fixture has a document');
          delete document.text;
          document.textFile = 'missing.txt';
        }),
      );
      expect(error.path).toBe('documents[0].textFile');
    });

    it('a document with both an inline text and a text file', async () => {
      const error = await rejectionOf(
        edited((b) => Object.assign(b.documents[0] ?? {}, { textFile: 'notes.txt' })),
      );
      expect(error.path).toBe('documents[0].text');
    });

    it('with a message that names the file and the path', async () => {
      const error = await rejectionOf(edited((b) => Object.assign(b.entities[0] ?? {}, { type: 'person' })));
      expect(error.source).toBe(path.join(dir, 'bad.json'));
      expect(error.message).toContain(path.join(dir, 'bad.json'));
      expect(error.message).toContain('entities[0].type');
    });
  });
});

describe('loadBundles', () => {
  /** A second bundle with its own document, relating a new entity to one the fixture defines. */
  function companion(): Bundle {
    const text = 'Charles Babbage designed the Analytical Engine.';
    return {
      formatVersion: 1,
      documents: [{ id: 'design', title: 'Design', source: null, publishedAt: '1837-01-01', text }],
      entities: [
        {
          id: 'charles-babbage',
          name: 'Charles Babbage',
          type: 'Person',
          aliases: [],
          description: null,
          mentions: [{ documentId: 'design', sentence: text, start: 0, end: text.length }],
        },
      ],
      relations: [
        {
          id: 'babbage-designed-engine',
          type: 'DESIGNED',
          source: 'charles-babbage',
          target: 'analytical-engine',
          statement: null,
          role: null,
          evidence: [{ documentId: 'design', sentence: text, start: 0, end: text.length }],
        },
      ],
    };
  }

  it('merges bundles whose relations point at entities another bundle defines', async () => {
    const files = [
      await writeBundleFile(dir, 'a.json', fixtureBundle()),
      await writeBundleFile(dir, 'b.json', companion()),
    ];
    const batch = await loadBundles(files);
    expect(batch.documents.map((d) => d.id)).toEqual(['notes', 'design']);
    expect(batch.entities).toHaveLength(3);
    expect(batch.relations.map((r) => r.id)).toContain('babbage-designed-engine');
  });

  it('refuses that relation when the bundle defining its end is not loaded', async () => {
    const error: unknown = await loadBundles([await writeBundleFile(dir, 'b.json', companion())]).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidDataError);
    expect((error as InvalidDataError).path).toBe('relations[0].target');
  });

  it('refuses an id defined in two bundles, naming the second file', async () => {
    const second = companion();
    Object.assign(second.entities[0] ?? {}, { id: 'ada-lovelace' });
    second.relations = [];
    const files = [
      await writeBundleFile(dir, 'a.json', fixtureBundle()),
      await writeBundleFile(dir, 'b.json', second),
    ];
    const error: unknown = await loadBundles(files).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidDataError);
    expect((error as InvalidDataError).source).toBe(files[1]);
    expect((error as InvalidDataError).path).toBe('entities[0].id');
  });
});
