import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreUnavailableError } from '@/graph/errors';
import { closeStore, getStore } from './store';
import { useEnv } from './testing/store-env';

/**
 * The per-process store over the Neo4j tier's real server (NEO4J_URI, set by testing/neo4j-env.ts): it
 * opens and answers, and the same address with the wrong port fails fast with StoreUnavailableError.
 */
afterEach(async () => {
  await closeStore();
  vi.unstubAllEnvs();
});

describe('getStore over a real Neo4j', () => {
  it('answers, and a wrong port next to it fails with StoreUnavailableError', async () => {
    const uri = process.env.NEO4J_URI ?? '';
    const credentials = {
      NEO4J_USER: process.env.NEO4J_USER ?? '',
      NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '',
    };
    useEnv({ NEO4J_URI: uri, ...credentials });
    const store = await getStore();
    expect(store.kind).toBe('neo4j');
    await expect(store.ping()).resolves.toBeUndefined();
    await closeStore();

    const wrongPort = new URL(uri);
    wrongPort.port = '1';
    useEnv({
      NEO4J_URI: wrongPort.toString().replace(/\/$/, ''),
      ...credentials,
      NEO4J_CONNECTION_TIMEOUT_MS: '1000',
    });
    await expect((await getStore()).ping()).rejects.toBeInstanceOf(StoreUnavailableError);
  }, 30_000);
});
