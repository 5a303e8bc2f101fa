import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedGraphStore } from '../embedded/embedded-store';
import type { GraphBatch } from '../model';
import { fixtureBundle } from './fixtures';
import { describeStoreLocation, seedStore } from './seed';

function fixtureBatch(): GraphBatch {
  const { documents, entities, relations } = fixtureBundle();
  return {
    documents: documents.map(({ id, title, source, publishedAt, text }) => ({
      id,
      title,
      source,
      publishedAt,
      text: text ?? '',
    })),
    entities,
    relations,
  };
}

describe('seedStore', () => {
  let dir: string;
  let store: EmbeddedGraphStore;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-seedstore-'));
    store = await EmbeddedGraphStore.open(dir);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reports what it upserted and the store counts afterwards', async () => {
    const result = await seedStore(store, fixtureBatch());
    expect(result.upserted).toEqual({ documents: 1, entities: 2, relations: 2 });
    expect(result.stats).toMatchObject({ documentCount: 1, entityCount: 2, relationCount: 2 });
  });

  it('leaves the same counts when the same batch is seeded twice', async () => {
    const first = await seedStore(store, fixtureBatch());
    const second = await seedStore(store, fixtureBatch());
    expect(second.stats).toEqual(first.stats);
  });

  it('empties the store first when asked to reset', async () => {
    const other = fixtureBatch();
    other.relations = [];
    other.entities = other.entities.map((e) => ({ ...e, id: `other-${e.id}` }));
    await seedStore(store, other);
    const { stats } = await seedStore(store, fixtureBatch(), { reset: true });
    expect(stats.entityCount).toBe(2);
    expect(await store.getEntity('other-ada-lovelace')).toBeNull();
  });
});

describe('describeStoreLocation', () => {
  it('names the data directory of the embedded store', () => {
    expect(describeStoreLocation({ kind: 'embedded', dataDir: '/srv/data' })).toContain('/srv/data');
  });

  it('never prints a password, even one written into the URI', () => {
    const text = describeStoreLocation({
      kind: 'neo4j',
      uri: 'neo4j+s://neo4j:s3cret@db.example.com:7687',
      user: 'neo4j',
      password: 'other-s3cret',
      database: undefined,
      connectionTimeoutMs: 5000,
    });
    expect(text).toContain('db.example.com:7687');
    expect(text).not.toContain('s3cret');
  });
});
