import { graphConfig } from '@/graph/config';
import { createStore } from '@/graph/create-store';
import { ConfigError } from '@/graph/environment';
import { StoreUnavailableError } from '@/graph/errors';
import type { GraphStore, StoreKind } from '@/graph/store';

/**
 * The one store of this server process, opened on first use and shared by every request (a Neo4j driver
 * is a connection pool; one per request would exhaust the server). It is kept on globalThis because
 * `next dev` re-evaluates modules on every edit, and a module-level variable would open a new driver each
 * time.
 *
 * A store that fails to open is not cached: the next request tries again, so a database that comes up
 * after the app recovers without a restart, and a misconfiguration is reported on every request (as
 * SERVICE_UNAVAILABLE / 503 with the configuration's own message) instead of crashing the process.
 */

const KEY = Symbol.for('newsgraph.store');

type Holder = { [KEY]?: Promise<GraphStore> };
const holder = globalThis as Holder;

/** The shared store, opened on first call. Throws StoreUnavailableError when it cannot be opened. */
export function getStore(): Promise<GraphStore> {
  const existing = holder[KEY];
  if (existing !== undefined) return existing;
  const opening = openStore();
  holder[KEY] = opening;
  opening.catch(() => {
    if (holder[KEY] === opening) delete holder[KEY];
  });
  return opening;
}

/** Closes the shared store if one is open; the next `getStore()` opens a new one (tests, shutdown). */
export async function closeStore(): Promise<void> {
  const opening = holder[KEY];
  delete holder[KEY];
  const store = await opening?.catch(() => undefined);
  await store?.close();
}

/** Which store the configuration names, or null when the configuration is invalid. */
export function configuredStoreKind(): StoreKind | null {
  try {
    return graphConfig().store.kind;
  } catch {
    return null;
  }
}

async function openStore(): Promise<GraphStore> {
  try {
    return await createStore(graphConfig().store);
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new StoreUnavailableError(`The graph store is misconfigured. ${error.message}`, { cause: error });
    }
    throw error;
  }
}
