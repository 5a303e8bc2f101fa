import { StoreUnavailableError } from '@/graph/errors';
import type { StoreKind } from '@/graph/store';
import { currentRequestScope } from '@/schema/request-scope';
import { getLogger } from './logger';
import { configuredStoreKind, getStore } from './store';

/** What /api/health answers: readiness of the store, and how big the graph is when it is ready. */
export type HealthReport =
  | { status: 'ok'; store: StoreKind; entities: number; relations: number; documents: number }
  | { status: 'unavailable'; store: StoreKind | null; error: string };

/**
 * Opens (or reuses) the store, pings it and counts the graph (public: used by the health route). Never
 * throws: a store that cannot be reached or is misconfigured is reported as `unavailable` with a message
 * that says why; any other failure is logged and reported as `unavailable` without its details.
 */
export async function checkHealth(): Promise<HealthReport> {
  let kind = configuredStoreKind();
  try {
    const store = await getStore();
    kind = store.kind;
    await store.ping();
    const stats = await store.stats();
    return {
      status: 'ok',
      store: store.kind,
      entities: stats.entityCount,
      relations: stats.relationCount,
      documents: stats.documentCount,
    };
  } catch (error) {
    // Unreachable and misconfigured stores say what to fix; anything else (a damaged data file, a bug) may
    // name server paths, so it goes to the log.
    if (error instanceof StoreUnavailableError)
      return { status: 'unavailable', store: kind, error: error.message };
    (currentRequestScope()?.logger ?? getLogger()).error({ err: error }, 'Health check: unexpected error');
    return { status: 'unavailable', store: kind, error: 'Unexpected error; the server log says more.' };
  }
}
