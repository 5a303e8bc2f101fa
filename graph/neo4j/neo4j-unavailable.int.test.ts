import { describe, expect, it } from 'vitest';
import { resolveStoreConfig } from '../config';
import { defineGraphStoreContract } from '../contract/graph-store.contract';
import { InvalidArgumentError, StoreUnavailableError } from '../errors';
import type { Neo4jConfig } from './driver';
import { FIXTURE } from '../contract/fixture';
import type { GraphStore } from '../store';
import { Neo4jGraphStore } from './neo4j-store';

/**
 * The conformance suite against a real Neo4j, when NEO4J_URI names one. It clears the database's Entity
 * and Document nodes before every test: point it at a server or database kept for tests.
 * The tests at the end need no server: they check what happens when there is none.
 */

const serverUri = process.env.NEO4J_URI;
if (!serverUri) console.warn('Neo4j conformance skipped: NEO4J_URI is not set');

describe.skipIf(!serverUri)('Neo4j conformance', () => {
  defineGraphStoreContract('neo4j', async () => {
    const config = resolveStoreConfig(process.env);
    if (config.kind !== 'neo4j') throw new Error('NEO4J_URI is set, so the configuration must be Neo4j.');
    const store = await Neo4jGraphStore.connect(config);
    await refuseToWipeRealData(store);
    return store;
  });
});

/**
 * The suite clears the database before every test. A developer whose NEO4J_URI points at real data must
 * not lose it to `npm test`: a database that holds entities, none of them the fixture's (which an earlier
 * run leaves behind), is refused unless NEWSGRAPH_TEST_ALLOW_WIPE=1 says wiping it is fine.
 */
async function refuseToWipeRealData(store: GraphStore): Promise<void> {
  if (process.env.NEWSGRAPH_TEST_ALLOW_WIPE === '1') return;
  const { nodes } = await store.overview(50);
  const fixtureIds = new Set(FIXTURE.entities.map((e) => e.id));
  if (nodes.length > 0 && !nodes.some((n) => fixtureIds.has(n.id))) {
    await store.close();
    throw new Error(
      `Refusing to run the Neo4j conformance suite: the database at ${process.env.NEO4J_URI} holds data that ` +
        'is not test data, and the suite clears it. Point NEO4J_URI at an empty database, or set ' +
        'NEWSGRAPH_TEST_ALLOW_WIPE=1 to wipe it.',
    );
  }
}

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
