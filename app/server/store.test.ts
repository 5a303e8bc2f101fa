import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { StoreUnavailableError } from '@/graph/errors';
import { closeStore, getStore } from './store';
import { useEnv } from './testing/store-env';

/**
 * The per-process store when the backend fails: every call fails fast with StoreUnavailableError (so the
 * edges answer SERVICE_UNAVAILABLE / 503), and nothing about the failure is cached: the next request goes
 * to the backend again, so the app recovers without a restart once the backend is back.
 */

function useNeo4jAt(uri: string, timeoutMs?: number) {
  useEnv({
    NEO4J_URI: uri,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: 'unused-password',
    ...(timeoutMs === undefined ? {} : { NEO4J_CONNECTION_TIMEOUT_MS: String(timeoutMs) }),
  });
}

/** A TCP server on a free loopback port that is not Neo4j: it counts connections and treats them as told. */
async function fakeServer(
  behaviour: 'hang-up' | 'silent',
): Promise<{ uri: string; connections: () => number; stop: () => Promise<void> }> {
  let connections = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('error', () => undefined);
    if (behaviour === 'hang-up') socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    connections: () => connections,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-server-store-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await closeStore();
  vi.unstubAllEnvs();
});

describe('getStore', () => {
  describe('when Neo4j is unreachable', () => {
    it('fails a query with StoreUnavailableError when nothing listens at the port (default timeouts)', async () => {
      useNeo4jAt('bolt://127.0.0.1:1');
      const store = await getStore();
      const error: unknown = await store.stats().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      expect(String(error)).not.toContain('unused-password');
    }, 15_000);

    it('gives up on a server that accepts connections but never answers, within the connection timeout', async () => {
      const server = await fakeServer('silent');
      try {
        useNeo4jAt(server.uri, 1000);
        const store = await getStore();
        await expect(store.search('anyone')).rejects.toBeInstanceOf(StoreUnavailableError);
        expect(server.connections()).toBeGreaterThan(0);
      } finally {
        await server.stop();
      }
    }, 15_000);

    it('keeps the same store and goes to the server again on the next request', async () => {
      const server = await fakeServer('hang-up');
      try {
        useNeo4jAt(server.uri, 1000);
        const store = await getStore();
        await expect(store.stats()).rejects.toBeInstanceOf(StoreUnavailableError);
        const afterFirst = server.connections();
        expect(afterFirst).toBeGreaterThan(0);

        expect(await getStore()).toBe(store);
        await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
        expect(server.connections()).toBeGreaterThan(afterFirst);
      } finally {
        await server.stop();
      }
    }, 15_000);
  });

  describe('when the embedded store cannot be opened', () => {
    it('does not keep the failure: once the directory can be created, the next call opens the store', async () => {
      const blocker = path.join(dir, 'blocker');
      await writeFile(blocker, 'a file where the data directory should be');
      useEnv({ NEWSGRAPH_DATA_DIR: path.join(blocker, 'data') });
      await expect(getStore()).rejects.toBeInstanceOf(StoreUnavailableError);

      await rm(blocker);
      const store = await getStore();
      expect(store.kind).toBe('embedded');
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
});
