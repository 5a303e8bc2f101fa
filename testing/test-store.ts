import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveStoreConfig } from '../graph/config';
import { EmbeddedGraphStore } from '../graph/embedded/embedded-store';
import { Neo4jGraphStore } from '../graph/neo4j/neo4j-store';
import type { GraphStore } from '../graph/store';

/**
 * Test support: the store an integration test runs on. The integration tier (`npm run test:int`) runs on
 * the embedded store; the Neo4j tier (`npm run test:neo4j`) runs the same store-agnostic files again with
 * NEWSGRAPH_TEST_STORE=neo4j, on the real Neo4j its global setup started (testing/neo4j-global-setup.ts).
 * One Neo4j database is shared by the whole run, so that tier runs one file at a time and every test
 * store starts empty.
 */
export type TestStoreKind = 'embedded' | 'neo4j';

export const TEST_STORE_KIND: TestStoreKind =
  process.env.NEWSGRAPH_TEST_STORE === 'neo4j' ? 'neo4j' : 'embedded';

export interface TestStore {
  readonly kind: TestStoreKind;
  /** An empty store of the kind under test. */
  readonly store: GraphStore;
  /**
   * The variables that point a child process (a script, the app) at this same store, with every other
   * store variable emptied so the environment the tests run in cannot redirect it.
   */
  readonly env: Readonly<Record<string, string>>;
  /** Closes the store (and deletes the embedded store's folder). */
  dispose(): Promise<void>;
}

/** Opens an empty store of the kind under test. */
export async function openTestStore(kind: TestStoreKind = TEST_STORE_KIND): Promise<TestStore> {
  if (kind === 'embedded') {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'newsgraph-test-'));
    const store = await EmbeddedGraphStore.open(dataDir);
    return {
      kind,
      store,
      env: { ...storeEnv(), NEWSGRAPH_DATA_DIR: dataDir },
      async dispose() {
        await store.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const env = neo4jEnv();
  const config = resolveStoreConfig(env);
  if (config.kind !== 'neo4j') throw new Error('openTestStore: the Neo4j tier needs NEO4J_URI.');
  const store = await Neo4jGraphStore.connect(config);
  await store.clear();
  return { kind, store, env, dispose: () => store.close() };
}

/** Every store variable, emptied (an empty variable counts as unset). */
function storeEnv(): Record<string, string> {
  return { NEO4J_URI: '', NEO4J_USER: '', NEO4J_PASSWORD: '', NEO4J_DATABASE: '', NEWSGRAPH_DATA_DIR: '' };
}

/** The Neo4j the tier's global setup named, as child-process variables. */
function neo4jEnv(): Record<string, string> {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD } = process.env;
  if (!NEO4J_URI || !NEO4J_USER || !NEO4J_PASSWORD) {
    throw new Error(
      'The Neo4j tier runs with NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD set by its global setup.',
    );
  }
  return {
    ...storeEnv(),
    NEO4J_URI,
    NEO4J_USER,
    NEO4J_PASSWORD,
    NEO4J_DATABASE: process.env.NEO4J_DATABASE ?? '',
  };
}
