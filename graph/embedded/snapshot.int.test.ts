import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE } from '../contract/fixture';
import { InvalidDataError, StoreUnavailableError } from '../errors';
import type { GraphBatch } from '../model';
import type { GraphState } from './graph-state';
import { emptyState, mergeBatch, stateToBatch } from './graph-state';
import { forEachLine } from './line-reader';
import { EmbeddedGraphStore, SNAPSHOT_FILE } from './embedded-store';
import { PersistedState, writeFailure } from './persisted-state';
import { readSnapshot, writeSnapshot } from './snapshot';
import { snapshotChunks } from './snapshot-lines';
import { syntheticBatch } from './testing/batches';
import { WriteLock } from './write-lock';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-snapshot-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

const stateOf = (batch: GraphBatch): GraphState => mergeBatch(emptyState(), structuredClone(batch));

/** A written snapshot's header and item lines, without its trailer (a file written from them has none). */
async function writtenLines(batch: GraphBatch): Promise<{ file: string; lines: string[]; trailer: string }> {
  const file = path.join(await tempDir(), SNAPSHOT_FILE);
  await writeSnapshot(file, stateOf(batch));
  const lines = (await fs.readFile(file, 'utf8')).trimEnd().split('\n');
  const trailer = lines.pop() ?? '';
  return { file, lines, trailer };
}

/** The trailer snapshotChunks would write after `text`. */
const trailerOf = (text: string) =>
  JSON.stringify({ checksum: `crc32:${crc32(text).toString(16).padStart(8, '0')}` });

async function readError(file: string): Promise<unknown> {
  return readSnapshot(file).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('the snapshot', () => {
  it('reads back exactly what was written', async () => {
    const { file } = await writtenLines(FIXTURE);
    const { state, version } = await readSnapshot(file);
    expect(stateToBatch(state)).toEqual(stateToBatch(stateOf(FIXTURE)));
    expect(version).not.toBeNull();
  });

  it('still reads the version 1 format (one pretty-printed JSON object), so old data folders keep working', async () => {
    const dir = await tempDir();
    const legacy = { formatVersion: 1, ...stateToBatch(stateOf(FIXTURE)) };
    await fs.writeFile(path.join(dir, SNAPSHOT_FILE), `${JSON.stringify(legacy, null, 2)}\n`);
    const store = await EmbeddedGraphStore.open(dir);
    expect(await store.readAll()).toEqual(stateToBatch(stateOf(FIXTURE)));
    // The next write converts the folder to version 2.
    await store.upsert(syntheticBatch('n', 0, 3));
    expect(await fs.readFile(path.join(dir, SNAPSHOT_FILE), 'utf8')).toMatch(
      /^\{"format":"newsgraph-snapshot"/,
    );
    await store.close();
    const reopened = await EmbeddedGraphStore.open(dir);
    expect((await reopened.stats()).entityCount).toBe(FIXTURE.entities.length + 3);
    await reopened.close();
  });

  it('ends with the checksum of every byte before its last line', async () => {
    const { file, lines, trailer } = await writtenLines(FIXTURE);
    expect(trailer).toBe(trailerOf(`${lines.join('\n')}\n`));
    expect(stateToBatch((await readSnapshot(file)).state)).toEqual(stateToBatch(stateOf(FIXTURE)));
  });

  it('checks each line only when the checksum does not match the bytes (a hand edit, a damaged disk)', async () => {
    const { file, lines, trailer } = await writtenLines(FIXTURE);
    const at = 1 + FIXTURE.documents.length + FIXTURE.entities.length; // the first relation's line
    const relation = JSON.parse(lines[at] ?? '') as Record<string, unknown>;
    lines[at] = JSON.stringify({ ...relation, type: 'pulled' });
    const text = `${lines.join('\n')}\n`;
    // The written trailer no longer matches: every line is checked and the edit refused.
    await fs.writeFile(file, `${text}${trailer}\n`);
    expect(await readError(file)).toMatchObject({ code: 'INVALID_DATA', path: 'relations[0].type' });
    // A matching trailer says these are the bytes the store wrote: they are not checked again.
    await fs.writeFile(file, `${text}${trailerOf(text)}\n`);
    const { state } = await readSnapshot(file);
    expect(state.graph.getEdgeAttributes(String(relation.id)).type).toBe('pulled');
  });

  it('is written in chunks, never as one string for the whole graph', async () => {
    const big = syntheticBatch('c', 0, 6000); // about 4 MB of lines
    const chunks = [...snapshotChunks(stateOf(big))];
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(1.1 * 2 ** 20);
    const { file } = await writtenLines(big);
    expect((await readSnapshot(file)).state.graph.size).toBe(5999);
  });

  it('refuses a file cut short, saying so', async () => {
    const { file, lines } = await writtenLines(FIXTURE);
    await fs.writeFile(file, `${lines.slice(0, -2).join('\n')}\n`);
    const error = await readError(file);
    expect(error).toBeInstanceOf(InvalidDataError);
    expect(error).toMatchObject({ source: file, path: '(end)' });
    expect(String(error)).toMatch(/cut short/);
  });

  it('refuses an item that breaks the model, naming the line and the field', async () => {
    const { file, lines } = await writtenLines(FIXTURE);
    const at = 1 + FIXTURE.documents.length + FIXTURE.entities.length; // the first relation's line
    const relation = JSON.parse(lines[at] ?? '') as Record<string, unknown>;
    lines[at] = JSON.stringify({ ...relation, type: 'pulled' });
    await fs.writeFile(file, `${lines.join('\n')}\n`);
    const error = await readError(file);
    expect(error).toBeInstanceOf(InvalidDataError);
    expect(error).toMatchObject({ path: 'relations[0].type' });
    expect(String(error)).toContain(`line ${at + 1}`);
  });

  it('refuses a line that is not JSON, and lines past the counts of its header', async () => {
    const { file, lines } = await writtenLines(FIXTURE);
    await fs.writeFile(file, `${[...lines.slice(0, 3), '{"id": ', ...lines.slice(3)].join('\n')}\n`);
    expect(await readError(file)).toMatchObject({ code: 'INVALID_DATA', path: '(line 4)' });
    await fs.writeFile(file, `${[...lines, lines.at(-1)].join('\n')}\n`);
    expect(await readError(file)).toMatchObject({ code: 'INVALID_DATA', path: `(line ${lines.length + 1})` });
  });

  it('refuses a relation whose end is not in the file', async () => {
    const { file, lines } = await writtenLines({ ...FIXTURE, relations: FIXTURE.relations.slice(0, 1) });
    const header = JSON.parse(lines[0] ?? '') as Record<string, number>;
    const entities = lines.slice(
      1 + FIXTURE.documents.length,
      1 + FIXTURE.documents.length + FIXTURE.entities.length,
    );
    const relation = JSON.parse(lines.at(-1) ?? '') as { source: string };
    const kept = entities.filter((line) => (JSON.parse(line) as { id: string }).id !== relation.source);
    const trimmed = [
      JSON.stringify({ ...header, entities: kept.length }),
      ...lines.slice(1, 1 + FIXTURE.documents.length),
      ...kept,
      lines.at(-1),
    ];
    await fs.writeFile(file, `${trimmed.join('\n')}\n`);
    expect(await readError(file)).toMatchObject({ code: 'INVALID_DATA', path: 'relations[0]' });
  });
});

describe('forEachLine', () => {
  it('splits lines across chunk boundaries, multi-byte characters included', async () => {
    const file = path.join(await tempDir(), 'lines.txt');
    // Lines of 3-byte characters, 10 MB in all, so chunk boundaries fall inside characters and lines.
    const lines = Array.from({ length: 10_000 }, (_, i) => `${i}:${'€'.repeat(333 + (i % 7))}`);
    await fs.writeFile(file, `${lines.join('\n')}\nlast line without a newline`);
    const read: string[] = [];
    const handle = await fs.open(file, 'r');
    try {
      await forEachLine(handle, (line, n) => {
        expect(n).toBe(read.length + 1);
        read.push(line);
      });
    } finally {
      await handle.close();
    }
    expect(read).toEqual([...lines, 'last line without a newline']);
  });

  it('reads a line longer than a chunk whole', async () => {
    const file = path.join(await tempDir(), 'long.txt');
    // 9 MB of 3-byte characters in one line: longer than the 4 MB the reader reads at a time, twice over.
    const long = `${'€'.repeat(3_000_000)}é`;
    await fs.writeFile(file, `short\n${long}\nafter\n`);
    const read: string[] = [];
    const handle = await fs.open(file, 'r');
    try {
      await forEachLine(handle, (line) => read.push(line));
    } finally {
      await handle.close();
    }
    expect(read.map((line) => line.length)).toEqual([5, long.length, 5]);
    expect(read[1] === long).toBe(true);
    expect(read[2]).toBe('after');
  });
});

describe('a failed snapshot write', () => {
  it('blames the disk only for the file system’s own errors, naming the code', () => {
    const full = Object.assign(new Error('no space left on device, write'), { code: 'ENOSPC' });
    const reported = writeFailure(full, '/data/graph.json');
    expect(reported).toBeInstanceOf(StoreUnavailableError);
    expect(reported.message).toContain('ENOSPC');
    expect(reported.message).toContain('/data/graph.json');
  });

  it('reports any other failure as what it is, not as a disk problem', () => {
    const tooLong = new RangeError('Invalid string length');
    expect(writeFailure(tooLong, '/data/graph.json')).toBe(tooLong);
  });

  it('leaves the store and its file as they were when the snapshot cannot be built', async () => {
    const dir = await tempDir();
    const file = path.join(dir, SNAPSHOT_FILE);
    const persisted = await PersistedState.load(file, new WriteLock(file));
    await persisted.write(() => ({ next: stateOf(FIXTURE), result: undefined }));
    const before = await fs.readFile(file, 'utf8');

    // JSON cannot hold a BigInt: building the snapshot throws a TypeError, a bug and not the disk's fault.
    const unserialisable = stateOf(FIXTURE);
    unserialisable.graph.setNodeAttribute('ana-ruiz', 'description', 1n as unknown as string);
    const error: unknown = await persisted
      .write(() => ({ next: unserialisable, result: undefined }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(StoreUnavailableError);
    expect(String(error)).not.toMatch(/disk|permission/);

    expect(await fs.readFile(file, 'utf8')).toBe(before);
    expect(stateToBatch(await persisted.read())).toEqual(stateToBatch(stateOf(FIXTURE)));
    expect(await fs.readdir(dir)).toEqual([SNAPSHOT_FILE]);
  });
});
