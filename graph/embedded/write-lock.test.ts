import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../errors';
import { EmbeddedGraphStore, SNAPSHOT_FILE } from './embedded-store';
import { entityIdsOf, syntheticBatch } from './testing/batches';
import { completion, lineMatching, spawnScript } from './testing/child';

/**
 * Writers of one embedded store take turns through `<dataDir>/graph.json.lock`: a second writer waits
 * (for a bounded time) and then applies its batch to the state the first one left, so no update is lost;
 * a writer that waits too long is refused with StoreUnavailableError; readers never wait.
 */

const WRITER = path.join(import.meta.dirname, 'testing', 'batch-writer.ts');

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-lock-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

/** Takes the store's write lock the way another process would, returning its release. */
function holdLock(dir: string): Promise<() => Promise<void>> {
  return lockfile.lock(path.join(dir, SNAPSHOT_FILE), { realpath: false });
}

const sortedIds = async (store: EmbeddedGraphStore) =>
  (await store.readAll()).entities.map((e) => e.id).sort();

describe('EmbeddedGraphStore write lock', () => {
  it('loses no update when two stores on one directory write at the same time', async () => {
    const dir = await tempDir();
    const [a, b] = await Promise.all([EmbeddedGraphStore.open(dir), EmbeddedGraphStore.open(dir)]);
    const writes = [];
    for (let index = 0; index < 6; index += 1) {
      writes.push(a.upsert(syntheticBatch('a', index, 20)), b.upsert(syntheticBatch('b', index, 20)));
    }
    await Promise.all(writes);

    const expected = [...entityIdsOf('a', 6, 20), ...entityIdsOf('b', 6, 20)].sort();
    const reopened = await EmbeddedGraphStore.open(dir);
    expect(await sortedIds(reopened)).toEqual(expected);
    expect(await sortedIds(a)).toEqual(expected);
    await Promise.all([a.close(), b.close(), reopened.close()]);
  });

  it('loses no update when two processes write disjoint batches at the same time', async () => {
    const dir = await tempDir();
    const writers = ['a', 'b'].map((prefix) => spawnScript(WRITER, [dir, prefix, '8', '200']));
    await Promise.all(writers.map((writer) => lineMatching(writer, /^ready$/)));
    const runs = writers.map((writer) => completion(writer));
    for (const writer of writers) writer.stdin.end('go\n');
    const results = await Promise.all(runs);
    expect(results.map((r) => r.code)).toEqual([0, 0]);

    const store = await EmbeddedGraphStore.open(dir);
    expect(await sortedIds(store)).toEqual([...entityIdsOf('a', 8, 200), ...entityIdsOf('b', 8, 200)].sort());
    expect(await fs.readdir(dir)).toEqual([SNAPSHOT_FILE]);
    await store.close();
  }, 60_000);

  it('waits for another process’s write to finish, then writes', async () => {
    const dir = await tempDir();
    const store = await EmbeddedGraphStore.open(dir);
    const release = await holdLock(dir);
    // The write must come after the release: a store that ignored the lock would finish first. (The
    // delay only schedules the release; nothing is asserted about how long anything took.)
    let released = false;
    const write = store.upsert(syntheticBatch('a', 0, 3)).then((summary) => ({ summary, released }));
    setTimeout(() => {
      released = true;
      void release();
    }, 300);
    await expect(write).resolves.toStrictEqual({
      summary: { documents: 1, entities: 3, relations: 2 },
      released: true,
    });
    expect((await store.stats()).entityCount).toBe(3);
    await store.close();
  });

  it('refuses a write with StoreUnavailableError when another process keeps writing, and writes nothing', async () => {
    const dir = await tempDir();
    const store = await EmbeddedGraphStore.open(dir, { lock: { waitMs: 200 } });
    await store.upsert(syntheticBatch('a', 0, 3));
    const before = await fs.readFile(path.join(dir, SNAPSHOT_FILE), 'utf8');
    const release = await holdLock(dir);
    try {
      const error: unknown = await store.upsert(syntheticBatch('b', 0, 3)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      await expect(store.clear()).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      await release();
    }
    expect(await fs.readFile(path.join(dir, SNAPSHOT_FILE), 'utf8')).toBe(before);
    expect((await store.stats()).entityCount).toBe(3);

    await store.upsert(syntheticBatch('b', 0, 3));
    expect((await store.stats()).entityCount).toBe(6);
    await store.close();
  });

  it('lets readers read while another process holds the lock', async () => {
    const dir = await tempDir();
    const store = await EmbeddedGraphStore.open(dir);
    await store.upsert(syntheticBatch('a', 0, 3));
    const release = await holdLock(dir);
    try {
      const reader = await EmbeddedGraphStore.open(dir);
      expect((await reader.stats()).entityCount).toBe(3);
      await reader.close();
    } finally {
      await release();
    }
    await store.close();
  });

  it('takes over a lock abandoned by a killed process once it is stale', async () => {
    const dir = await tempDir();
    const abandoned = path.join(dir, `${SNAPSHOT_FILE}.lock`);
    await fs.mkdir(abandoned);
    const longAgo = new Date(Date.now() - 60_000);
    await fs.utimes(abandoned, longAgo, longAgo);

    const store = await EmbeddedGraphStore.open(dir, { lock: { waitMs: 200 } });
    await expect(store.upsert(syntheticBatch('a', 0, 3))).resolves.toMatchObject({ entities: 3 });
    expect(await fs.readdir(dir)).toEqual([SNAPSHOT_FILE]);
    await store.close();
  });
});
