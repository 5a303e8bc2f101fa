import type { ChangeContext, ChangeRecord } from './audit/change';
import type { ChangeQuery } from './audit/query';
import type {
  Direction,
  Document,
  EntityNode,
  GraphBatch,
  GraphStats,
  InducedSubgraph,
  Relation,
  Subgraph,
} from './model';

/**
 * The GraphStore port: everything the product asks of a graph database. Two adapters implement it, the
 * embedded one (graphology + a JSON snapshot) and the Neo4j one, and one conformance suite
 * (`graph/contract/graph-store.contract.ts`) holds them to the same behaviour.
 *
 * Rules every adapter follows:
 * - Arguments out of range throw `InvalidArgumentError`; ids that name nothing throw `NotFoundError`
 *   (where a method says so); an unreachable backend throws `StoreUnavailableError`.
 * - Type filters are checked against the allowlist patterns in `identifiers.ts`.
 * - Returned entities carry their `degree`; returned objects are plain domain objects (no driver types).
 * - A neighbourhood, a path or a subgraph is one round trip to the backend, not one per node.
 */
export interface GraphStore {
  /** Which adapter this is; shown by /api/health. */
  readonly kind: StoreKind;

  /** Case-insensitive search over names and aliases; exact matches first, then prefixes, then substrings; ties by degree (desc), then name. */
  search(query: string, options?: SearchOptions): Promise<EntityNode[]>;

  /** One entity by id, or null when there is none. */
  getEntity(id: string): Promise<EntityNode | null>;

  /** Many entities by id in one call, in no particular order; unknown ids are left out (for DataLoader). */
  getEntities(ids: readonly string[]): Promise<EntityNode[]>;

  /** The relations of one entity, optionally only some types and one direction; ordered by type, then id. Throws NotFoundError for an unknown id. */
  relationsOf(id: string, options?: RelationsOptions): Promise<Relation[]>;

  /** The entities within `depth` hops of the seeds (edges followed both ways) and the relations between them; seeds always included; nearer nodes kept first when `limit` cuts. Throws NotFoundError for unknown seeds. */
  neighborhood(ids: readonly string[], options?: NeighborhoodOptions): Promise<Subgraph>;

  /** A shortest path (edges followed both ways) from one entity to another: nodes and edges in path order; null when none is within `maxDepth`. Throws NotFoundError for unknown ends. */
  shortestPath(from: string, to: string, options?: PathOptions): Promise<Subgraph | null>;

  /**
   * The subgraph induced by `ids`: those entities and every relation between two of them. Throws
   * NotFoundError for unknown ids, unless `skipMissing` is set: then they are left out and listed in
   * `missing` (a saved view whose entities were deleted since still opens).
   */
  subgraph(ids: readonly string[], options?: SubgraphOptions): Promise<InducedSubgraph>;

  /** The `limit` entities with the highest degree (ties by name) and the relations among them: what a first visit shows. */
  overview(limit?: number): Promise<Subgraph>;

  /** Counts of entities, relations and documents, and by entity type and by relation type. */
  stats(): Promise<GraphStats>;

  /** Documents by id (all of them when `ids` is omitted), ordered by id; unknown ids are left out. */
  documents(ids?: readonly string[]): Promise<Document[]>;

  /** For each known document in `ids` (unknown ids are left out; ordered by document id): the entities with a mention in it and the relations with evidence in it, each list ordered by id. What the document view links from its text. */
  documentLinks(ids: readonly string[]): Promise<DocumentLinks[]>;

  /** Every document, entity and relation in the store, ordered by id: for `--all` exports and backups. Entities come without a degree, as in any batch. */
  readAll(): Promise<GraphBatch>;

  /** Writes a batch, merging by id (a second identical upsert changes nothing); all or nothing. Relations whose ends are in neither the batch nor the store are rejected with InvalidArgumentError before anything is written. */
  upsert(batch: GraphBatch, options?: UpsertOptions): Promise<UpsertSummary>;

  /** The audit trail: the records of audited writes (see graph/audit/change.ts) matching `query`, newest first by default; with `itemId`, each record lists only that item. */
  changes(query?: ChangeQuery): Promise<ChangeRecord[]>;

  /** Removes every entity, relation and document, and the audit trail with them (a reset, for tests and `seed --reset`). */
  clear(): Promise<void>;

  /** Resolves when the backend answers; throws StoreUnavailableError when not. */
  ping(): Promise<void>;

  /**
   * A name for the data a read made now would see, which every write changes; null when the store cannot
   * name one (Neo4j: other clients write to the database unseen). Equal versions mean equal answers, so
   * answers may be cached under it (app/server/answer-cache.ts).
   */
  dataVersion(): Promise<string | null>;

  /** Releases connections and file handles. The store is unusable afterwards. */
  close(): Promise<void>;
}

export type StoreKind = 'embedded' | 'neo4j';

export interface SearchOptions {
  /** Only entities of these types. */
  types?: readonly string[];
  /** At most this many results (1..LIMITS.maxSearchLimit, default LIMITS.defaultSearchLimit). */
  limit?: number;
}

export interface RelationsOptions {
  types?: readonly string[];
  /** OUT: the entity is the source; IN: the target; BOTH (default): either. */
  direction?: Direction;
  /** 1..LIMITS.maxRelationsLimit, default LIMITS.defaultRelationsLimit. */
  limit?: number;
}

export interface NeighborhoodOptions {
  /** 1..LIMITS.maxNeighborhoodDepth, default 1. */
  depth?: number;
  /** Only follow relations of these types. */
  relationTypes?: readonly string[];
  /** Only include (and traverse through) entities of these types; seeds are always included. */
  entityTypes?: readonly string[];
  /** At most this many nodes (1..LIMITS.maxNeighborhoodLimit, default LIMITS.defaultNeighborhoodLimit); `truncated` says when it cut. */
  limit?: number;
}

export interface SubgraphOptions {
  /** Leave ids that name no entity out and list them in `missing`, instead of throwing NotFoundError. */
  skipMissing?: boolean;
}

export interface PathOptions {
  /** 1..LIMITS.maxPathDepth hops, default LIMITS.defaultPathDepth. */
  maxDepth?: number;
  /** Only follow relations of these types. */
  relationTypes?: readonly string[];
  /** Only walk through entities of these types; the two ends are always allowed, whatever their type. */
  entityTypes?: readonly string[];
}

/** What one document links to: the entities it mentions and the relations it is evidence for. */
export interface DocumentLinks {
  documentId: string;
  /** Entities with at least one mention span in the document, with their degree, ordered by id. */
  entities: EntityNode[];
  /** Relations with at least one evidence span in the document (all their evidence, not only this document's), ordered by id. */
  relations: Relation[];
}

export interface UpsertOptions {
  /** Who writes and from where: the store records the change in the audit trail in the same all-or-nothing step. Writes without it (the seed) are not recorded. */
  audit?: ChangeContext;
}

/** What an upsert did, counted per kind of item. */
export interface UpsertSummary {
  documents: number;
  entities: number;
  relations: number;
}
