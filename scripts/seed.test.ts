import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBundleFiles } from '../graph/bundle/bundle-files';
import type { Bundle } from '../graph/bundle/bundle-schema';
import { fixtureBundle, writeBundleFile } from '../graph/bundle/fixtures';
import { loadBundles } from '../graph/bundle/load-bundles';
import { MemoryGraphStore } from '../graph/memory/memory-store';
import type { GraphStats } from '../graph/model';

/**
 * Runs the real `scripts/seed.ts` in a child process against an embedded store in a temporary directory,
 * as `npm run seed` would, and reads the store afterwards to see what it really wrote.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = path.join(ROOT, 'scripts', 'seed.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;
let dataDir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-seed-'));
  dataDir = path.join(dir, 'data');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function seed(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [SCRIPT, ...args],
      { cwd: ROOT, env: { ...process.env, NEO4J_URI: '', NEWSGRAPH_DATA_DIR: dataDir, ...env } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function statsOf(where = dataDir): Promise<GraphStats> {
  const store = await MemoryGraphStore.open(where);
  try {
    return await store.stats();
  } finally {
    await store.close();
  }
}

/** Puts the fixture bundle into the store directly, so a failed run has something to leave untouched. */
async function storeHoldsFixture(): Promise<GraphStats> {
  const file = await writeBundleFile(dir, 'fixture.json', fixtureBundle());
  const store = await MemoryGraphStore.open(dataDir);
  try {
    await store.upsert(await loadBundles([file]));
    return await store.stats();
  } finally {
    await store.close();
  }
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function edited(edit: (bundle: Bundle) => void): Bundle {
  const bundle = fixtureBundle();
  edit(bundle);
  return bundle;
}

describe('scripts/seed.ts', () => {
  it('prints its usage with --help', async () => {
    const run = await seed(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--reset');
  });

  it('refuses an unknown option with exit code 1', async () => {
    expect((await seed(['--frobnicate'])).code).toBe(1);
  });

  it('loads every bundle of graph/data/bundles by default and says where', async () => {
    const run = await seed([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(dataDir);
    const expected = await loadBundles(await listBundleFiles());
    const stats = await statsOf();
    expect(stats.documentCount).toBe(expected.documents.length);
    expect(stats.entityCount).toBe(expected.entities.length);
    expect(stats.relationCount).toBe(expected.relations.length);
  });

  it('gives the same stats when the real bundles are seeded twice', async () => {
    expect((await seed([])).code).toBe(0);
    const first = await statsOf();
    expect((await seed([])).code).toBe(0);
    expect(await statsOf()).toEqual(first);
  });

  it('keeps what the store held without --reset, and empties it first with --reset', async () => {
    const fixture = await storeHoldsFixture();
    const real = await listBundleFiles();
    expect((await seed(real)).code).toBe(0);
    const merged = await statsOf();
    expect(merged.entityCount).toBeGreaterThan(fixture.entityCount);

    expect((await seed(['--reset', ...real])).code).toBe(0);
    const reset = await statsOf();
    const expected = await loadBundles(real);
    expect(reset.entityCount).toBe(expected.entities.length);
    expect(reset.entityCount).toBe(merged.entityCount - fixture.entityCount);
  });

  it('ends with one seed’s result when two seeds with --reset run at the same time', async () => {
    await storeHoldsFixture();
    const runs = await Promise.all([seed(['--reset']), seed(['--reset'])]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);

    const expected = await loadBundles(await listBundleFiles());
    const store = await MemoryGraphStore.open(dataDir);
    try {
      const held = await store.readAll();
      expect(held.documents).toEqual([...expected.documents].sort(byId));
      expect(held.entities).toEqual([...expected.entities].sort(byId));
      expect(held.relations).toEqual([...expected.relations].sort(byId));
    } finally {
      await store.close();
    }
  });

  it('exits 2 on a configuration error', async () => {
    const run = await seed([], { NEO4J_URI: 'http://localhost:7474' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('NEO4J_URI');
  });

  it('exits 3 when the store cannot be opened', async () => {
    const notADirectory = path.join(dir, 'file');
    await writeFile(notADirectory, '');
    const run = await seed([], { NEWSGRAPH_DATA_DIR: path.join(notADirectory, 'data') });
    expect(run.code).toBe(3);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  describe('with an invalid bundle, exits 1, names the problem and leaves the store untouched', () => {
    const cases: { name: string; content: () => unknown; path: RegExp }[] = [
      { name: 'invalid JSON', content: () => '{ "formatVersion": 1, }', path: /line 1, column 23/ },
      {
        name: 'a missing field',
        content: () => edited((b) => Reflect.deleteProperty(b.relations[0] ?? {}, 'source')),
        path: /relations\[0\]\.source/,
      },
      {
        name: 'a lowercase entity type',
        content: () => edited((b) => Object.assign(b.entities[0] ?? {}, { type: 'person' })),
        path: /entities\[0\]\.type/,
      },
      {
        name: 'an evidence start off by one',
        content: () =>
          edited((b) => {
            const evidence = b.relations[0]?.evidence[0];
            if (evidence !== undefined) evidence.start += 1;
          }),
        path: /relations\[0\]\.evidence\[0\]\.(start|sentence)/,
      },
      {
        name: 'a relation to a missing entity',
        content: () => edited((b) => Object.assign(b.relations[0] ?? {}, { target: 'charles-babbage' })),
        path: /relations\[0\]\.target/,
      },
      {
        name: 'a duplicate id',
        content: () =>
          edited((b) => Object.assign(b.relations[1] ?? {}, { id: 'ada-said-engine-could-compose' })),
        path: /relations\[1\]\.id/,
      },
      {
        name: 'a missing text file',
        content: () =>
          edited((b) => {
            const document = b.documents[0];
            if (document === undefined) return;
            delete document.text;
            document.textFile = 'gone.txt';
          }),
        path: /documents\[0\]\.textFile/,
      },
    ];

    for (const { name, content, path: where } of cases) {
      it(`refuses ${name}`, async () => {
        const before = await storeHoldsFixture();
        const file = await writeBundleFile(dir, 'bad.json', content());
        const run = await seed(['--reset', file]);
        expect(run.code).toBe(1);
        expect(run.stderr).toContain(file);
        expect(run.stderr).toMatch(where);
        expect(run.stderr).not.toMatch(/^\s+at /m);
        expect(await statsOf()).toEqual(before);
      });
    }

    it('writes nothing from the valid files named alongside the invalid one', async () => {
      const before = await storeHoldsFixture();
      const bad = await writeBundleFile(dir, 'bad.json', '{');
      const run = await seed([...(await listBundleFiles()), bad]);
      expect(run.code).toBe(1);
      expect(await statsOf()).toEqual(before);
    });
  });
});
