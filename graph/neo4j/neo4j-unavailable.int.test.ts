import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, StoreUnavailableError } from '../errors';
import type { Neo4jConfig } from './driver';
import { Neo4jGraphStore } from './neo4j-store';

/**
 * What the adapter does when there is no server: the app must start, report the outage, and check
 * arguments before it ever contacts Neo4j. The conformance suite on a real server is neo4j-store.neo4j.test.ts.
 */

/** Port 1 on the loopback interface: nothing listens there, so connections are refused at once. */
const NOBODY_THERE: Neo4jConfig = {
  kind: 'neo4j',
  uri: 'bolt://127.0.0.1:1',
  user: 'neo4j',
  password: 'not-used',
  database: undefined,
  connectionTimeoutMs: 500,
};

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('Neo4jGraphStore', () => {
  describe('with no server at the address', () => {
    it('connects without throwing, so the app can start and report the outage', async () => {
      const store = await Neo4jGraphStore.connect(NOBODY_THERE);
      expect(store.kind).toBe('neo4j');
      await store.close();
    });

    it('rejects ping with StoreUnavailableError', async () => {
      const store = await Neo4jGraphStore.connect(NOBODY_THERE);
      try {
        const error = await rejection(store.ping());
        expect(error).toBeInstanceOf(StoreUnavailableError);
        expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      } finally {
        await store.close();
      }
    });

    it('rejects stats with StoreUnavailableError', async () => {
      const store = await Neo4jGraphStore.connect(NOBODY_THERE);
      try {
        expect(await rejection(store.stats())).toBeInstanceOf(StoreUnavailableError);
      } finally {
        await store.close();
      }
    });

    it('rejects readAll with StoreUnavailableError', async () => {
      const store = await Neo4jGraphStore.connect(NOBODY_THERE);
      try {
        expect(await rejection(store.readAll())).toBeInstanceOf(StoreUnavailableError);
      } finally {
        await store.close();
      }
    });

    it('rejects an upsert with StoreUnavailableError', async () => {
      const store = await Neo4jGraphStore.connect(NOBODY_THERE);
      try {
        const error = await rejection(store.upsert({ documents: [], entities: [], relations: [] }));
        expect(error).toBeInstanceOf(StoreUnavailableError);
      } finally {
        await store.close();
      }
    });

    it('checks arguments before contacting the server', async () => {
      const store = await Neo4jGraphStore.connect(NOBODY_THERE);
      try {
        expect(await rejection(store.search('   '))).toBeInstanceOf(InvalidArgumentError);
        expect(await rejection(store.neighborhood(['ana-ruiz'], { depth: 4 }))).toBeInstanceOf(
          InvalidArgumentError,
        );
        const badBatch = { documents: [], entities: [], relations: [{ id: 'Not A Slug' }] };
        expect(await rejection(store.upsert(badBatch as never))).toBeInstanceOf(InvalidArgumentError);
      } finally {
        await store.close();
      }
    });
  });

  describe('#close', () => {
    it('makes later calls fail with StoreUnavailableError', async () => {
      const store = await Neo4jGraphStore.connect(NOBODY_THERE);
      await store.close();
      expect(await rejection(store.getEntity('ana-ruiz'))).toBeInstanceOf(StoreUnavailableError);
      expect(await rejection(store.upsert({ documents: [], entities: [], relations: [] }))).toBeInstanceOf(
        StoreUnavailableError,
      );
    });
  });
});
