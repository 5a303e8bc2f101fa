import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { NewsgraphError, StoreUnavailableError } from '../graph/errors';
import { LIMITS } from '../graph/limits';
import type { Document, EntityNode } from '../graph/model';
import type { DocumentLinks, GraphStore } from '../graph/store';
import { stopsWhenOutOfTime } from './deadline';
import { currentRequestScope } from './request-scope';

/**
 * What every resolver of one request sees: the store, and DataLoaders that gather the entity and document
 * look-ups of one execution tick into one store call each, so that the ends of 200 edges or the documents of
 * 200 pieces of evidence cost one round trip, not 200. Loaders are per request: their caches must not
 * outlive it, or one user's request would see another's stale data.
 */
export interface GraphQLContext {
  store: GraphStore;
  entities: DataLoader<string, EntityNode | null>;
  /**
   * The entities this request's store calls already returned, by id: what `Relation.source`/`target`
   * answer from without a promise (see schema/resolvers/relation.ts). Filled by the Query resolvers.
   */
  knownEntities: Map<string, EntityNode>;
  documents: DataLoader<string, Document | null>;
  /** What each document names and supports (`Document.entities`, `Document.relations`). */
  documentLinks: DataLoader<string, DocumentLinks>;
}

/** The stores refuse calls naming more than LIMITS.maxIds ids; a bigger tick is split into several calls. */
const BATCH = { maxBatchSize: LIMITS.maxIds };

/** Builds the context for one request over `store` (public: used by the route and the tests). */
export function createContext(store: GraphStore): GraphQLContext {
  const entities = new DataLoader<string, EntityNode | null>(
    async (ids) => inKeyOrder(ids, await store.getEntities(ids)),
    BATCH,
  );
  return {
    store,
    entities,
    knownEntities: new Map(),
    documents: new DataLoader(async (ids) => inKeyOrder(ids, await store.documents(ids)), BATCH),
    documentLinks: new DataLoader(async (ids) => {
      const found = await store.documentLinks(ids);
      // Primed before any resolver sees the links, so the ends of the relations a document supports,
      // nearly always among the entities it names, cost no further look-up.
      for (const links of found) for (const entity of links.entities) entities.prime(entity.id, entity);
      return linksInKeyOrder(ids, found);
    }, BATCH),
  };
}

/**
 * The context function for the HTTP route: gets the (shared) store and builds a context. A store that
 * cannot start becomes a SERVICE_UNAVAILABLE answer with HTTP status 503, instead of Apollo's generic
 * "Context creation failed" 500. Our own errors keep their message (it says what to fix); anything else
 * may name paths or hosts, so it is logged here (with the request's id, when there is a request) and the
 * client gets a generic sentence.
 */
export async function createRequestContext(getStore: () => Promise<GraphStore>): Promise<GraphQLContext> {
  try {
    const store = await getStore();
    const scope = currentRequestScope();
    return createContext(scope === undefined ? store : stopsWhenOutOfTime(store, scope.signal));
  } catch (error) {
    let known: NewsgraphError;
    if (error instanceof NewsgraphError) {
      known = error;
    } else {
      currentRequestScope()?.logger.error({ err: error }, 'GraphQL: the graph store could not start');
      known = new StoreUnavailableError('The graph store could not start; the server log says why.', {
        cause: error,
      });
    }
    throw new GraphQLError(known.message, {
      originalError: known,
      extensions: { code: known.code, http: { status: 503 } },
    });
  }
}

/** Links per key; a document the store left out (unknown) links to nothing. */
function linksInKeyOrder(keys: readonly string[], found: readonly DocumentLinks[]): DocumentLinks[] {
  const byId = new Map(found.map((links) => [links.documentId, links]));
  return keys.map((key) => byId.get(key) ?? { documentId: key, entities: [], relations: [] });
}

/** DataLoader wants one result per key, in key order; the store answers in no particular order. */
function inKeyOrder<T extends { id: string }>(keys: readonly string[], found: readonly T[]): (T | null)[] {
  const byId = new Map(found.map((item) => [item.id, item]));
  return keys.map((key) => byId.get(key) ?? null);
}
