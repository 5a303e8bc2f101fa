import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChangeContext } from '../audit/change';
import { StoreUnavailableError } from '../errors';
import { EmbeddedGraphStore, SNAPSHOT_FILE } from './embedded-store';
import { syntheticBatch } from './testing/batches';

/**
 * The embedded store keeps the audit trail in the graph's own snapshot file, so the one atomic rewrite
 * under the write lock commits the change and its record together, or neither.
 */

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-audit-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

const AUDIT: ChangeContext = { actor: 'nora', source: { kind: 'import', files: ['wire.json'] } };

describe('EmbeddedGraphStore audit trail on disk', () => {
  it('keeps the trail in the snapshot: a store opened afresh (another process) reads the same records', async () => {
    const dir = await tempDir();
    const store = await EmbeddedGraphStore.open(dir);
    const batch = syntheticBatch('a', 0, 3);
    await store.upsert(batch, { audit: AUDIT });
    const written = await store.changes();
    await store.close();
    const reopened = await EmbeddedGraphStore.open(dir);
    expect(await reopened.changes()).toEqual(written);
    expect(written[0]?.items).toHaveLength(
      batch.documents.length + batch.entities.length + batch.relations.length,
    );
    await reopened.close();
  });

  it('writes neither the change nor its record when the snapshot cannot be written', async () => {
    const dir = await tempDir();
    const store = await EmbeddedGraphStore.open(dir, { lock: { waitMs: 200 } });
    await store.upsert(syntheticBatch('a', 0, 3), { audit: AUDIT });
    const before = await fs.readFile(path.join(dir, SNAPSHOT_FILE), 'utf8');
    // Another process holds the write lock throughout: this write fails after building its next state.
    const release = await lockfile.lock(path.join(dir, SNAPSHOT_FILE), { realpath: false });
    try {
      await expect(store.upsert(syntheticBatch('b', 0, 3), { audit: AUDIT })).rejects.toBeInstanceOf(
        StoreUnavailableError,
      );
    } finally {
      await release();
    }
    expect(await fs.readFile(path.join(dir, SNAPSHOT_FILE), 'utf8')).toBe(before);
    expect(await store.changes()).toHaveLength(1);
    expect((await store.stats()).entityCount).toBe(3);
    await store.close();
  });
});
