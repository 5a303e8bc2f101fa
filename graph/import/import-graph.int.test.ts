import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bundle } from '../bundle/bundle-schema';
import { FIXTURE_TEXT, fixtureBundle } from '../bundle/fixtures';
import { InvalidArgumentError, InvalidDataError } from '../errors';
import type { GraphStore } from '../store';
import type { GraphBatch } from '../model';
import { ImportRejectedError } from './errors';
import { importGraph } from './import-graph';
import { ImportTooLargeError } from './limits';
import { NOTES_DOCUMENT, rejection, tempStore, textFile, WROTE } from './testing/files';
import type { ImportFile, ImportProgress } from './types';

const LIMITS = { maxItems: 1000, maxBytes: 1_000_000 };

function bundleFile(name: string, edit?: (bundle: Bundle) => void): ImportFile {
  const bundle = fixtureBundle();
  edit?.(bundle);
  return textFile(name, JSON.stringify(bundle, null, 2));
}

/** An entity the store holds before each test, so a refused import can be seen to leave it alone. */
const BYSTANDER: GraphBatch = {
  documents: [],
  entities: [
    {
      id: 'charles-babbage',
      name: 'Charles Babbage',
      type: 'Person',
      aliases: [],
      description: null,
      mentions: [],
    },
  ],
  relations: [],
};

let store: GraphStore;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ store, cleanup } = await tempStore());
  await store.upsert(BYSTANDER);
});
afterEach(async () => {
  await cleanup();
});

describe('importGraph', () => {
  it('writes the documents, entities and relations of a file and counts them as created', async () => {
    const summary = await importGraph(store, [bundleFile('a.json')], LIMITS);
    expect(summary).toEqual({
      documents: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
      entities: { created: 2, updated: 0, unchanged: 0, rejected: 0 },
      relations: { created: 2, updated: 0, unchanged: 0, rejected: 0 },
    });
    const all = await store.readAll();
    const bundle = fixtureBundle();
    expect(all.relations).toEqual(bundle.relations);
    expect(all.entities).toEqual(expect.arrayContaining(bundle.entities));
    expect(all.documents).toEqual([NOTES_DOCUMENT]);
  });

  it('reports everything unchanged when the same file is imported twice, and the store stays the same', async () => {
    await importGraph(store, [bundleFile('a.json')], LIMITS);
    const before = await store.readAll();
    const summary = await importGraph(store, [bundleFile('a.json')], LIMITS);
    for (const kind of ['documents', 'entities', 'relations'] as const) {
      expect(summary[kind].created + summary[kind].updated + summary[kind].rejected).toBe(0);
    }
    expect(summary.entities.unchanged).toBe(2);
    expect(summary.relations.unchanged).toBe(2);
    expect(await store.readAll()).toEqual(before);
  });

  it('counts an item whose content changed as updated and writes the new content', async () => {
    await importGraph(store, [bundleFile('a.json')], LIMITS);
    const changed = bundleFile('a.json', (b) => {
      Object.assign(b.entities[0] ?? {}, { description: 'Mathematician.' });
      Object.assign(b.relations[1] ?? {}, { statement: 'She wrote the notes.' });
    });
    const summary = await importGraph(store, [changed], LIMITS);
    expect(summary.entities).toEqual({ created: 0, updated: 1, unchanged: 1, rejected: 0 });
    expect(summary.relations).toEqual({ created: 0, updated: 1, unchanged: 1, rejected: 0 });
    expect((await store.getEntity('ada-lovelace'))?.description).toBe('Mathematician.');
  });

  it('takes an item repeated identically in two files once, as two overlapping exports hold', async () => {
    const summary = await importGraph(store, [bundleFile('a.json'), bundleFile('b.json')], LIMITS);
    expect(summary.entities.created).toBe(2);
    expect((await store.stats()).entityCount).toBe(3);
  });

  it('accepts a relation whose end is an entity the store already holds', async () => {
    const file = bundleFile('a.json', (b) => {
      b.relations.push({
        id: 'ada-wrote-to-babbage',
        type: 'WROTE_TO',
        source: 'ada-lovelace',
        target: 'charles-babbage',
        statement: null,
        role: null,
        evidence: [WROTE],
      });
    });
    const summary = await importGraph(store, [file], LIMITS);
    expect(summary.relations.created).toBe(3);
    expect((await store.getEntity('charles-babbage'))?.degree).toBe(1);
  });

  it('validates and counts on a dry run but writes nothing', async () => {
    const before = await store.readAll();
    const summary = await importGraph(store, [bundleFile('a.json')], { ...LIMITS, dryRun: true });
    expect(summary.entities.created).toBe(2);
    expect(await store.readAll()).toEqual(before);
  });

  it('reports its progress phase by phase, ending with done', async () => {
    const seen: ImportProgress[] = [];
    await importGraph(store, [bundleFile('a.json')], { ...LIMITS, onProgress: (p) => seen.push(p) });
    const phases = [...new Set(seen.map((p) => p.phase))];
    expect(phases).toEqual(['parse', 'validate', 'compare', 'write', 'done']);
    expect(seen.at(-1)).toEqual({ phase: 'done', done: 5, total: 5 });
    for (const p of seen) expect(p.done).toBeLessThanOrEqual(p.total);
  });

  it('reads a bundle’s text from a file next to it only when the caller allows it', async () => {
    const file = bundleFile('dir/a.json', (b) => {
      const document = b.documents[0];
      if (document === undefined) return;
      delete document.text;
      document.textFile = 'notes.txt';
    });
    const refused = await rejection(importGraph(store, [file], LIMITS));
    expect(refused).toBeInstanceOf(InvalidDataError);
    expect(refused).toMatchObject({ source: 'dir/a.json', path: 'documents[0].textFile' });

    const asked: string[] = [];
    const readTextFile = (bundle: string, name: string) => {
      asked.push(`${bundle} ${name}`);
      return FIXTURE_TEXT;
    };
    const summary = await importGraph(store, [file], { ...LIMITS, readTextFile });
    expect(asked).toEqual(['dir/a.json notes.txt']);
    expect(summary.documents.created).toBe(1);
  });

  describe('refuses bad input with the file and the place, and writes nothing', () => {
    const cases: {
      name: string;
      files: () => ImportFile[];
      error: unknown;
      source?: string;
      path: string | RegExp;
    }[] = [
      {
        name: 'malformed XML',
        files: () => [textFile('g.graphml', '<graphml>\n<graph>\n<node id="a">\n</graph></graphml>')],
        error: InvalidDataError,
        source: 'g.graphml',
        path: /^line 4, column 1$/,
      },
      {
        name: 'a CSV row with one cell too many',
        files: () => [textFile('nodes.csv', 'id,name\nada,Ada\nbabbage,Charles,Babbage\n')],
        error: InvalidDataError,
        source: 'nodes.csv',
        path: 'line 3',
      },
      {
        name: 'a file in no format it knows',
        files: () => [textFile('notes.txt', 'Ada Lovelace wrote notes.')],
        error: InvalidDataError,
        source: 'notes.txt',
        path: '(format)',
      },
      {
        name: 'a relation to an entity that is nowhere',
        files: () => [bundleFile('a.json', (b) => Object.assign(b.relations[0] ?? {}, { target: 'nobody' }))],
        error: InvalidDataError,
        source: 'a.json',
        path: 'relations[0].target',
      },
      {
        name: 'an evidence span off by one',
        files: () => [
          bundleFile('a.json', (b) => {
            const evidence = b.relations[0]?.evidence[0];
            if (evidence === undefined) return;
            evidence.start += 1;
            evidence.end += 1;
          }),
        ],
        error: InvalidDataError,
        source: 'a.json',
        path: 'relations[0].evidence[0].start',
      },
      {
        // text.slice clamps `end` to the text's length, so the slice alone would match the sentence.
        name: 'an evidence span whose end runs past the end of the text',
        files: () => [
          bundleFile('a.json', (b) => {
            const sentence = FIXTURE_TEXT.slice(FIXTURE_TEXT.indexOf('She said'));
            const start = FIXTURE_TEXT.length - sentence.length;
            Object.assign(b.relations[0]?.evidence[0] ?? {}, {
              sentence,
              start,
              end: start + sentence.length + 40,
            });
          }),
        ],
        error: InvalidDataError,
        source: 'a.json',
        path: 'relations[0].evidence[0].start',
      },
      {
        name: 'evidence quoting a document that is nowhere',
        files: () => [
          bundleFile('a.json', (b) =>
            Object.assign(b.relations[1]?.evidence[0] ?? {}, { documentId: 'other' }),
          ),
        ],
        error: InvalidDataError,
        source: 'a.json',
        path: 'relations[1].evidence[0].documentId',
      },
      {
        name: 'the same id with different content in two files',
        files: () => [
          bundleFile('a.json'),
          bundleFile('b.json', (b) => Object.assign(b.entities[1] ?? {}, { name: 'The Engine' })),
        ],
        error: InvalidDataError,
        source: 'b.json',
        path: 'entities[1].id',
      },
      {
        name: 'a valid file named alongside a broken one',
        files: () => [bundleFile('a.json'), textFile('b.json', '{"formatVersion": 1,')],
        error: InvalidDataError,
        source: 'b.json',
        path: /^\(line 1, column \d+\)$/,
      },
    ];

    for (const { name, files, error, source, path } of cases) {
      it(`refuses ${name}`, async () => {
        const before = await store.readAll();
        const thrown = await rejection(importGraph(store, files(), LIMITS));
        expect(thrown).toBeInstanceOf(error);
        expect(thrown).toBeInstanceOf(ImportRejectedError);
        expect((thrown as InvalidDataError).source).toBe(source);
        expect((thrown as InvalidDataError).path).toMatch(path);
        expect(await store.readAll()).toEqual(before);
      });
    }

    it('refuses files over the byte limit before reading them', async () => {
      const before = await store.readAll();
      const thrown = await rejection(
        importGraph(store, [bundleFile('a.json')], { maxItems: 1000, maxBytes: 100 }),
      );
      expect(thrown).toBeInstanceOf(ImportTooLargeError);
      expect(thrown).toBeInstanceOf(InvalidArgumentError);
      expect(thrown).toMatchObject({ code: 'BAD_USER_INPUT', limit: 100 });
      expect(await store.readAll()).toEqual(before);
    });

    it('refuses more items than the item limit', async () => {
      const thrown = await rejection(
        importGraph(store, [bundleFile('a.json')], { maxItems: 4, maxBytes: 1_000_000 }),
      );
      expect(thrown).toBeInstanceOf(ImportTooLargeError);
      expect(thrown).toMatchObject({ limit: 4 });
    });

    it('refuses to change the text of a document the store holds', async () => {
      await importGraph(store, [bundleFile('a.json')], LIMITS);
      const before = await store.readAll();
      const changed = bundleFile('a.json', (b) =>
        Object.assign(b.documents[0] ?? {}, { text: `${FIXTURE_TEXT} More.` }),
      );
      const thrown = await rejection(importGraph(store, [changed], LIMITS));
      expect(thrown).toMatchObject({ source: 'a.json', path: 'documents[0].text' });
      expect(await store.readAll()).toEqual(before);
    });

    it('lists every problem with its place, and counts the items it rejects', async () => {
      const file = bundleFile('a.json', (b) => {
        Object.assign(b.relations[0] ?? {}, { source: 'nobody' });
        Object.assign(b.relations[1] ?? {}, { target: 'no-one' });
        const mention = b.entities[0]?.mentions[0];
        if (mention !== undefined) mention.start += 1;
      });
      const thrown = (await rejection(importGraph(store, [file], LIMITS))) as ImportRejectedError;
      expect(thrown).toBeInstanceOf(ImportRejectedError);
      expect(thrown.problemCount).toBe(3);
      expect(thrown.problems.map((p) => p.path)).toEqual([
        'entities[0].mentions[0].start',
        'relations[0].source',
        'relations[1].target',
      ]);
      expect(thrown.summary.relations.rejected).toBe(2);
      expect(thrown.summary.entities.rejected).toBe(1);
      expect(thrown.summary.entities.created).toBe(0);
    });

    it('lists at most 20 problems and says how many there were', async () => {
      const file = bundleFile('a.json', (b) => {
        const template = b.relations[0];
        if (template === undefined) return;
        b.relations = Array.from({ length: 25 }, (_, i) => ({
          ...template,
          id: `r-${i}`,
          target: `nobody-${i}`,
        }));
      });
      const thrown = (await rejection(importGraph(store, [file], LIMITS))) as ImportRejectedError;
      expect(thrown.problems).toHaveLength(20);
      expect(thrown.problemCount).toBe(25);
      expect(thrown.summary.relations.rejected).toBe(25);
    });
  });
});
