import { promises as fs } from 'node:fs';
import os from 'node:os';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedGraphStore, SNAPSHOT_FILE } from './embedded-store';
import { entityIdsOf, syntheticBatch } from './testing/batches';
import { killHard, lineMatching, seededRandom, spawnScript } from './testing/child';

/**
 * The embedded store under SIGKILL: a child process writes in a loop (testing/churn-writer.ts) and is
 * killed at random moments. Whatever moment the kill lands on, the snapshot left behind must parse and
 * hold exactly one of the states the writer wrote, and the debris of the killed write (a temporary file,
 * an abandoned lock) must not stop the next writer.
 */

const WRITER = path.join(import.meta.dirname, 'testing', 'churn-writer.ts');
const BATCH = 500;
const MAX_BATCHES = 12;
const KILLS = 20;
const LOCK = `${SNAPSHOT_FILE}.lock`;

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-crash-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

const temporaryFiles = async (dir: string) => (await fs.readdir(dir)).filter((name) => name.endsWith('.tmp'));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once a temporary file shows up in `dir` (a write is under way), or the writer has stopped. */
async function writeUnderWay(dir: string, writer: ChildProcess): Promise<void> {
  while (writer.exitCode === null && (await temporaryFiles(dir)).length === 0) await sleep(1);
}

/**
 * A killed writer's lock stays until it is `staleMs` old. Ageing it stands in for that wait, so the test
 * need not sleep ten seconds per kill; the store still has to recognise it as stale and take it over.
 */
async function ageAbandonedLock(dir: string): Promise<void> {
  const lock = path.join(dir, LOCK);
  const longAgo = new Date(Date.now() - 60_000);
  await fs.utimes(lock, longAgo, longAgo).catch(() => undefined);
}

describe('EmbeddedGraphStore under SIGKILL', () => {
  it('always leaves the old or the new snapshot, never a torn one, and cleans up after the killed writer', async () => {
    const dir = await tempDir();
    const random = seededRandom(20_251_123);
    let killsMidWrite = 0;
    const statesSeen = new Set<number>();

    for (let kill = 0; kill < KILLS; kill += 1) {
      const writer = spawnScript(WRITER, [dir, String(BATCH), String(MAX_BATCHES)]);
      let endedBy: string | number | null;
      try {
        await lineMatching(writer, /^ready /);
        // Half the kills land at a random moment of the loop, half just after a write has begun.
        if (kill % 2 === 0) await sleep(random() * 700);
        else await writeUnderWay(dir, writer).then(() => sleep(random() * 20));
      } finally {
        endedBy = await killHard(writer);
      }
      expect(endedBy).toBe('SIGKILL'); // the writer was still at work, not stopped by an error of its own
      if ((await temporaryFiles(dir)).length > 0) killsMidWrite += 1;
      await ageAbandonedLock(dir);

      const store = await EmbeddedGraphStore.open(dir);
      try {
        const { entities, relations } = await store.readAll();
        const batches = entities.length / BATCH;
        expect(Number.isInteger(batches)).toBe(true);
        expect(entities.map((e) => e.id)).toEqual(entityIdsOf('w', batches, BATCH));
        expect(relations).toHaveLength(batches * (BATCH - 1));
        statesSeen.add(batches);
        expect(await temporaryFiles(dir)).toEqual([]);
      } finally {
        await store.close();
      }
    }

    // The test proves something only if some kills really interrupted a write, and the writer got on.
    expect(killsMidWrite).toBeGreaterThan(0);
    expect(statesSeen.size).toBeGreaterThan(1);
  }, 180_000);

  it('ignores a torn temporary file left next to the snapshot, and removes it on the next write', async () => {
    const dir = await tempDir();
    const store = await EmbeddedGraphStore.open(dir);
    await store.upsert(syntheticBatch('a', 0, 5));
    const leftover = path.join(dir, `${SNAPSHOT_FILE}.4242.0123456789ab.tmp`);
    await fs.writeFile(leftover, '{"formatVersion": 1, "entities": [');

    const reader = await EmbeddedGraphStore.open(dir);
    expect((await reader.stats()).entityCount).toBe(5);
    await fs.writeFile(leftover, '{"formatVersion": 1, "entities": [');
    await store.upsert(syntheticBatch('a', 1, 5));
    expect(await temporaryFiles(dir)).toEqual([]);
    expect((await reader.stats()).entityCount).toBe(10);
    await Promise.all([store.close(), reader.close()]);
  });

  it('removes leftover temporary files when it opens and no other process is writing', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, `${SNAPSHOT_FILE}.4242.0123456789ab.tmp`), '{');
    const store = await EmbeddedGraphStore.open(dir);
    expect(await fs.readdir(dir)).toEqual([]);
    await store.close();
  });
});
