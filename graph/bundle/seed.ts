import type { StoreConfig } from '../config';
import { UnreachableCaseError } from '../errors';
import type { GraphBatch, GraphStats } from '../model';
import type { GraphStore, UpsertSummary } from '../store';

export interface SeedOptions {
  /** Empty the store first, so it holds exactly the batch afterwards. */
  reset?: boolean;
}

export interface SeedResult {
  /** What the batch held (distinct ids per kind). */
  upserted: UpsertSummary;
  /** The store's counts afterwards, which include anything it held before unless `reset` was given. */
  stats: GraphStats;
}

/**
 * Public entry point of `npm run seed`: writes an already validated batch into a store. Upserts merge by
 * id, so seeding the same data twice leaves the same counts. Validate first (loadBundles) so that a bad
 * file is refused before `reset` empties anything.
 */
export async function seedStore(
  store: GraphStore,
  batch: GraphBatch,
  options: SeedOptions = {},
): Promise<SeedResult> {
  if (options.reset === true) await store.clear();
  const upserted = await store.upsert(batch);
  return { upserted, stats: await store.stats() };
}

/** Where a store lives, for people: the data directory, or the Neo4j URI with any credentials removed. */
export function describeStoreLocation(config: StoreConfig): string {
  switch (config.kind) {
    case 'embedded':
      return `embedded store in ${config.dataDir}`;
    case 'neo4j': {
      const database = config.database === undefined ? '' : `, database ${config.database}`;
      return `Neo4j at ${withoutCredentials(config.uri)} as ${config.user}${database}`;
    }
    default:
      throw new UnreachableCaseError(config);
  }
}

function withoutCredentials(uri: string): string {
  try {
    const url = new URL(uri);
    url.username = '';
    url.password = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    // Not parseable as a URL: drop anything before an "@" rather than risk printing a password.
    return uri.replace(/\/\/[^@/]*@/, '//');
  }
}
