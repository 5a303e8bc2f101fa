import { describe, expect, it } from 'vitest';
import { listBundleFiles } from '../graph/bundle/bundle-files';
import type { Bundle } from '../graph/bundle/bundle-schema';
import { fixtureBundle, writeBundleFile } from '../graph/bundle/fixtures';
import { loadBundles } from '../graph/bundle/load-bundles';
import type { GraphStats } from '../graph/model';
import { runScript, tempDirs, unreachableStoreEnv, withStore } from './testing/run-script';

/**
 * Runs the real `scripts/seed.ts` in a child process against an embedded store in a temporary directory,
 * as `npm run seed` would, and reads the store afterwards to see what it really wrote.
 */
const tmp = tempDirs('newsgraph-seed-');

const seed = (args: readonly string[], env: Record<string, string> = {}) =>
  runScript('seed', args, { storeEnv: tmp.storeEnv, env });

const statsOf = (): Promise<GraphStats> => withStore(tmp.storeEnv, (store) => store.stats());

/** Puts the fixture bundle into the store directly, so a failed run has something to leave untouched. */
async function storeHoldsFixture(): Promise<GraphStats> {
  const file = await writeBundleFile(tmp.dir, 'fixture.json', fixtureBundle());
  const batch = await loadBundles([file]);
  return withStore(tmp.storeEnv, async (store) => {
    await store.upsert(batch);
    return store.stats();
  });
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
    expect(run.stdout).toContain(tmp.storeLocation);
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
    const held = await withStore(tmp.storeEnv, (store) => store.readAll());
    expect(held.documents).toEqual([...expected.documents].sort(byId));
    expect(held.entities).toEqual([...expected.entities].sort(byId));
    expect(held.relations).toEqual([...expected.relations].sort(byId));
  });

  it('exits 2 on a configuration error', async () => {
    const run = await seed([], { NEO4J_URI: 'http://localhost:7474' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('NEO4J_URI');
  });

  it('exits 3 when the store cannot be opened', async () => {
    const run = await seed([], await unreachableStoreEnv(tmp.dir));
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
        const file = await writeBundleFile(tmp.dir, 'bad.json', content());
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
      const bad = await writeBundleFile(tmp.dir, 'bad.json', '{');
      const run = await seed([...(await listBundleFiles()), bad]);
      expect(run.code).toBe(1);
      expect(await statsOf()).toEqual(before);
    });
  });
});
