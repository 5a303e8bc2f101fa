import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defineGraphStoreContract } from '../contract/graph-store.contract';
import { FIXTURE } from '../contract/fixture';
import { InvalidDataError, StoreUnavailableError } from '../errors';
import { EmbeddedGraphStore, SNAPSHOT_FILE } from './embedded-store';

const dirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-memory-'));
  dirs.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

defineGraphStoreContract('embedded', async () => EmbeddedGraphStore.open(await tempDir()));

describe('EmbeddedGraphStore', () => {
  describe('.open', () => {
    it('creates a missing data directory and starts empty', async () => {
      const dir = path.join(await tempDir(), 'nested', 'data');
      const store = await EmbeddedGraphStore.open(dir);
      expect((await store.stats()).entityCount).toBe(0);
      await expect(fs.stat(dir)).resolves.toBeTruthy();
      await store.close();
    });

    it('refuses a snapshot that is not JSON, with an error naming the file', async () => {
      const dir = await tempDir();
      const file = path.join(dir, SNAPSHOT_FILE);
      await fs.writeFile(file, '{"formatVersion": 1, "entities": [');
      const error: unknown = await EmbeddedGraphStore.open(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidDataError);
      expect(error).toMatchObject({ code: 'INVALID_DATA', source: file });
      expect(String(error)).toContain(file);
    });

    it('refuses a snapshot that breaks the model, saying where', async () => {
      const dir = await tempDir();
      const broken = structuredClone(FIXTURE);
      const first = broken.relations[0];
      if (first !== undefined) first.type = 'pulled';
      await fs.writeFile(path.join(dir, SNAPSHOT_FILE), JSON.stringify({ formatVersion: 1, ...broken }));
      const error: unknown = await EmbeddedGraphStore.open(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidDataError);
      expect(error).toMatchObject({ path: 'relations[0].type' });
    });

    it('refuses a snapshot whose relations point at missing entities', async () => {
      const dir = await tempDir();
      const snapshot = { formatVersion: 1, ...FIXTURE, entities: FIXTURE.entities.slice(1) };
      await fs.writeFile(path.join(dir, SNAPSHOT_FILE), JSON.stringify(snapshot));
      await expect(EmbeddedGraphStore.open(dir)).rejects.toBeInstanceOf(InvalidDataError);
    });
  });

  describe('persistence', () => {
    it('keeps the data across close and reopen', async () => {
      const dir = await tempDir();
      const first = await EmbeddedGraphStore.open(dir);
      await first.upsert(FIXTURE);
      const stats = await first.stats();
      const relations = await first.relationsOf('northwind-tv');
      await first.close();

      const second = await EmbeddedGraphStore.open(dir);
      expect(await second.stats()).toEqual(stats);
      expect(await second.relationsOf('northwind-tv')).toEqual(relations);
      await second.close();
    });

    it('lets a second store on the same directory see the first one’s writes', async () => {
      const dir = await tempDir();
      const reader = await EmbeddedGraphStore.open(dir);
      const writer = await EmbeddedGraphStore.open(dir);
      expect((await reader.stats()).entityCount).toBe(0);

      await writer.upsert(FIXTURE);
      expect((await reader.stats()).entityCount).toBe(13);

      await writer.clear();
      expect((await reader.stats()).entityCount).toBe(0);
      await Promise.all([reader.close(), writer.close()]);
    });

    it('leaves no temporary files behind', async () => {
      const dir = await tempDir();
      const store = await EmbeddedGraphStore.open(dir);
      await Promise.all([store.upsert(FIXTURE), store.clear(), store.upsert(FIXTURE)]);
      expect(await fs.readdir(dir)).toEqual([SNAPSHOT_FILE]);
      await store.close();
    });

    it('applies concurrent writes one after another, in the order they were made', async () => {
      const dir = await tempDir();
      const store = await EmbeddedGraphStore.open(dir);
      const entity = FIXTURE.entities[0];
      if (entity === undefined) throw new Error('fixture: has entities');
      const batch = (name: string) => ({ documents: [], relations: [], entities: [{ ...entity, name }] });
      await Promise.all(['One', 'Two', 'Three'].map((name) => store.upsert(batch(name))));
      expect((await store.getEntity(entity.id))?.name).toBe('Three');
      await store.close();

      const reopened = await EmbeddedGraphStore.open(dir);
      expect((await reopened.getEntity(entity.id))?.name).toBe('Three');
      await reopened.close();
    });

    it('writes a snapshot in the documented format: a header line, one line per item, a checksum', async () => {
      const dir = await tempDir();
      const store = await EmbeddedGraphStore.open(dir);
      await store.upsert(FIXTURE);
      const text = await fs.readFile(path.join(dir, SNAPSHOT_FILE), 'utf8');
      const [header, ...items] = text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown);
      expect(items.pop()).toEqual({ checksum: expect.stringMatching(/^crc32:[0-9a-f]{8}$/) as unknown });
      const { documents, entities, relations } = FIXTURE;
      expect(header).toEqual({
        format: 'newsgraph-snapshot',
        formatVersion: 2,
        documents: documents.length,
        entities: entities.length,
        relations: relations.length,
      });
      expect(items).toHaveLength(documents.length + entities.length + relations.length);
      await store.close();
    });
  });

  describe('when the data directory disappears', () => {
    it('refuses reads and writes with StoreUnavailableError, and serves again once it is back', async () => {
      const dir = await tempDir();
      const store = await EmbeddedGraphStore.open(dir);
      await store.upsert(FIXTURE);
      const snapshot = await fs.readFile(path.join(dir, SNAPSHOT_FILE), 'utf8');
      await fs.rm(dir, { recursive: true });

      await expect(store.upsert(FIXTURE)).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.stats()).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.search('northwind')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });

      await fs.mkdir(dir);
      expect((await store.stats()).entityCount).toBe(0);
      await fs.writeFile(path.join(dir, SNAPSHOT_FILE), snapshot);
      expect((await store.stats()).entityCount).toBe(FIXTURE.entities.length);
      await store.close();
    });

    it('fails ping with StoreUnavailableError', async () => {
      const dir = await tempDir();
      const store = await EmbeddedGraphStore.open(dir);
      await fs.rm(dir, { recursive: true });
      await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
      await store.close();
    });
  });

  describe('#close', () => {
    it('makes the store unusable', async () => {
      const store = await EmbeddedGraphStore.open(await tempDir());
      await store.close();
      await expect(store.stats()).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    });
  });
});
