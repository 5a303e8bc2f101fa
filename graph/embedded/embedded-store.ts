import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, StoreUnavailableError } from '../errors';
import type {
  Document,
  EntityNode,
  GraphBatch,
  GraphStats,
  InducedSubgraph,
  Relation,
  Subgraph,
} from '../model';
import type {
  DocumentLinks,
  GraphStore,
  NeighborhoodOptions,
  PathOptions,
  RelationsOptions,
  SearchOptions,
  StoreKind,
  SubgraphOptions,
  UpsertOptions,
  UpsertSummary,
} from '../store';
import type { ChangeRecord } from '../audit/change';
import type { ItemsBefore } from '../audit/diff';
import { changeRecordOf } from '../audit/diff';
import type { ChangeQuery } from '../audit/query';
import { resolveChangeQuery, selectChanges } from '../audit/query';
import {
  resolveIds,
  resolveNeighborhood,
  resolveOverviewLimit,
  resolvePath,
  resolveRelations,
  resolveSearch,
} from '../store-arguments';
import { checkUpsertBatch } from '../batch-schema';
import type { GraphState } from './graph-state';
import { emptyState, entityNode, findDangling, mergeBatch, stateToBatch } from './graph-state';
import { documentLinksOf } from './document-links';
import { PersistedState } from './persisted-state';
import { documentsOf, overviewOf, relationsOf, requireEntities, statsOf, subgraphOf } from './queries';
import { searchEntities } from './search';
import { neighborhoodOf, shortestPathOf } from './traversal';
import type { WriteLockOptions } from './write-lock';
import { WriteLock } from './write-lock';

/** The snapshot's name inside the data directory. */
export const SNAPSHOT_FILE = 'graph.json';

export interface MemoryStoreOptions {
  /** How writers in different processes take turns (defaults: DEFAULT_WRITE_LOCK); tests shorten it. */
  lock?: Partial<WriteLockOptions>;
}

/**
 * Public: the embedded GraphStore, for zero set-up use. The graph lives in process on graphology and is
 * persisted as one snapshot file, `<dataDir>/graph.json` (JSON lines, see snapshot-schema.ts), rewritten
 * atomically on every write and reloaded when another process rewrites it (see PersistedState). Every
 * writing process (the server, the seed, an import) takes the lock `<dataDir>/graph.json.lock` around its
 * read-modify-write, so concurrent writers wait for each other instead of losing updates; reads never
 * wait. Production runs on Neo4j.
 */
export class EmbeddedGraphStore implements GraphStore {
  readonly kind: StoreKind = 'embedded';
  private closed = false;

  private constructor(
    private readonly dataDir: string,
    private readonly persisted: PersistedState,
  ) {}

  /** Opens (creating the directory if needed) the store kept in `dataDir`; a missing snapshot is an empty store. */
  static async open(dataDir: string, options: MemoryStoreOptions = {}): Promise<EmbeddedGraphStore> {
    const dir = path.resolve(dataDir);
    try {
      await fs.mkdir(dir, { recursive: true });
    } catch (error) {
      throw new StoreUnavailableError(
        `Embedded store: cannot create the data directory ${dir}; set NEWSGRAPH_DATA_DIR to a writable directory.`,
        { cause: error },
      );
    }
    const file = path.join(dir, SNAPSHOT_FILE);
    return new EmbeddedGraphStore(dir, await PersistedState.load(file, new WriteLock(file, options.lock)));
  }

  async search(query: string, options?: SearchOptions): Promise<EntityNode[]> {
    const resolved = resolveSearch(query, options);
    return searchEntities((await this.current()).graph, resolved);
  }

  async getEntity(id: string): Promise<EntityNode | null> {
    const { graph } = await this.current();
    return graph.hasNode(id) ? entityNode(graph, id) : null;
  }

  async getEntities(ids: readonly string[]): Promise<EntityNode[]> {
    const unique = resolveIds(ids, 'GraphStore.getEntities');
    const { graph } = await this.current();
    return unique.filter((id) => graph.hasNode(id)).map((id) => entityNode(graph, id));
  }

  async relationsOf(id: string, options?: RelationsOptions): Promise<Relation[]> {
    const resolved = resolveRelations(options);
    return relationsOf((await this.current()).graph, id, resolved);
  }

  async neighborhood(ids: readonly string[], options?: NeighborhoodOptions): Promise<Subgraph> {
    const seeds = resolveIds(ids, 'GraphStore.neighborhood');
    const resolved = resolveNeighborhood(options);
    const { graph } = await this.current();
    requireEntities(graph, seeds, 'GraphStore.neighborhood');
    return neighborhoodOf(graph, seeds, resolved);
  }

  async shortestPath(from: string, to: string, options?: PathOptions): Promise<Subgraph | null> {
    const resolved = resolvePath(options);
    const { graph } = await this.current();
    requireEntities(graph, from === to ? [from] : [from, to], 'GraphStore.shortestPath');
    return shortestPathOf(graph, from, to, resolved);
  }

  async subgraph(ids: readonly string[], options?: SubgraphOptions): Promise<InducedSubgraph> {
    const unique = resolveIds(ids, 'GraphStore.subgraph');
    return subgraphOf((await this.current()).graph, unique, options?.skipMissing ?? false);
  }

  async overview(limit?: number): Promise<Subgraph> {
    const resolved = resolveOverviewLimit(limit);
    return overviewOf((await this.current()).graph, resolved);
  }

  async stats(): Promise<GraphStats> {
    return statsOf(await this.current());
  }

  async documents(ids?: readonly string[]): Promise<Document[]> {
    const unique = ids === undefined ? undefined : resolveIds(ids, 'GraphStore.documents');
    return documentsOf(await this.current(), unique);
  }

  async documentLinks(ids: readonly string[]): Promise<DocumentLinks[]> {
    const unique = resolveIds(ids, 'GraphStore.documentLinks');
    return documentLinksOf(await this.current(), unique);
  }

  async readAll(): Promise<GraphBatch> {
    // A copy: the state's objects are shared with every other reader and must never be handed out.
    return structuredClone(stateToBatch(await this.current()));
  }

  async upsert(batch: GraphBatch, options: UpsertOptions = {}): Promise<UpsertSummary> {
    this.assertOpen();
    // Everything is checked before anything is written: a bad batch leaves the store as it was. The
    // checked batch is sealed or a private copy, so the state may keep its objects.
    const valid = checkUpsertBatch(batch);
    return this.persisted.write((state) => {
      const dangling = findDangling(state.graph, valid);
      if (dangling !== undefined) {
        throw new InvalidArgumentError(
          `GraphStore.upsert: relations[${dangling.index}] (${dangling.relation.id}) joins ${dangling.missing}, which is an entity in neither the batch nor the store; add it to the batch.`,
        );
      }
      const count = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id)).size;
      // The audit record goes into the same next state, so the one atomic snapshot write keeps both or
      // neither.
      const record =
        options.audit === undefined
          ? null
          : changeRecordOf(valid, itemsBefore(state, valid), options.audit, new Date());
      const merged = mergeBatch(state, valid);
      return {
        next: record === null ? merged : { ...merged, changes: [...state.changes, record] },
        result: {
          documents: count(valid.documents),
          entities: count(valid.entities),
          relations: count(valid.relations),
        },
      };
    });
  }

  async changes(query?: ChangeQuery): Promise<ChangeRecord[]> {
    const resolved = resolveChangeQuery(query);
    return structuredClone(selectChanges((await this.current()).changes, resolved));
  }

  async clear(): Promise<void> {
    this.assertOpen();
    await this.persisted.write(() => ({ next: emptyState(), result: undefined }));
  }

  async ping(): Promise<void> {
    this.assertOpen();
    try {
      await fs.access(this.dataDir, constants.R_OK | constants.W_OK);
    } catch (error) {
      throw new StoreUnavailableError(
        `Embedded store: the data directory ${this.dataDir} is not accessible.`,
        {
          cause: error,
        },
      );
    }
  }

  /**
   * The snapshot's version (see PersistedState.readVersion): a write by this process or any other
   * replaces the file, which changes it. An empty store never written has none.
   */
  async dataVersion(): Promise<string | null> {
    this.assertOpen();
    return this.persisted.readVersion();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.persisted.settled();
  }

  private current(): Promise<GraphState> {
    this.assertOpen();
    return this.persisted.read();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('Embedded store: the store is closed; open a new one.');
  }
}

/** The items the batch's ids name in `state`, as they are before the write (for the audit record). */
function itemsBefore(state: GraphState, batch: GraphBatch): ItemsBefore {
  const { graph, documents } = state;
  const pick = <T>(ids: readonly string[], get: (id: string) => T | undefined) =>
    new Map(
      ids.flatMap((id) => {
        const item = get(id);
        return item === undefined ? [] : [[id, item] as const];
      }),
    );
  return {
    documents: pick(
      batch.documents.map((d) => d.id),
      (id) => documents.get(id),
    ),
    entities: pick(
      batch.entities.map((e) => e.id),
      (id) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined),
    ),
    relations: pick(
      batch.relations.map((r) => r.id),
      (id) => (graph.hasEdge(id) ? graph.getEdgeAttributes(id) : undefined),
    ),
  };
}
