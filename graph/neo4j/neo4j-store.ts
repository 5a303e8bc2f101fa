import neo4j from 'neo4j-driver';
import { checkUpsertBatch } from '../batch-schema';
import { NotFoundError, StoreUnavailableError } from '../errors';
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
  SentenceHit,
  SentenceSearchOptions,
  StoreKind,
  SubgraphOptions,
  UpsertOptions,
  UpsertSummary,
} from '../store';
import type { ChangeRecord } from '../audit/change';
import type { ChangeQuery } from '../audit/query';
import { onlyItem, resolveChangeQuery } from '../audit/query';
import { CHANGES, CHANGE_AT_INDEX, CHANGE_ID_CONSTRAINT } from './audit-cypher';
import { toChangeRecord } from './audit-record';
import {
  resolveIds,
  resolveNeighborhood,
  resolveOverviewLimit,
  resolvePath,
  resolveRelations,
  resolveSearch,
  resolveSentenceSearch,
} from '../store-arguments';
import { DOCUMENT_CANDIDATES, FIRST_TEXT_BATCH, NAME_CANDIDATES } from '../search/candidates';
import { rankEntities } from '../search/entity-ranking';
import { newestFirst, SentenceReading, withLinks } from '../search/sentence-match';
import { nameQuery, textQuery } from './lucene-query';
import { SEARCH_DOCUMENTS, SEARCH_ENTITIES } from './search-cypher';
import { lastOfEachId } from './batch';
import {
  CLEAR,
  DOCUMENTS,
  DOCUMENT_LINKS,
  GET_ENTITIES,
  OVERVIEW,
  PING,
  READ_ALL,
  RELATIONS_OF,
  STATS,
  SUBGRAPH,
  neighborhoodStatement,
  shortestPathStatement,
} from './cypher';
import type { Neo4jConfig, Row, Transaction } from './driver';
import { Neo4jConnection } from './driver';
import {
  toBoolean,
  toColumns,
  toDocument,
  toDocumentHead,
  toEntity,
  toEntityNode,
  toList,
  toRelation,
  toStats,
  toStrings,
  toText,
} from './mapping';
import { SchemaGuard } from './schema-guard';
import { writeBatch } from './write-batch';

/**
 * Public: the GraphStore on Neo4j 5.26+ (or Aura), used when NEO4J_URI is set. Every method is one read or
 * write transaction of statements from `cypher.ts`: one for every read the explorer makes (a missing id is
 * found by the statement's own index seeks), several for an upsert. Arguments are checked by
 * store-arguments.ts before anything is sent, and driver errors come out as the domain's errors (see errors.ts).
 */
export class Neo4jGraphStore implements GraphStore {
  readonly kind: StoreKind = 'neo4j';
  private closed = false;
  private auditSchemaDone = false;

  private constructor(
    private readonly connection: Neo4jConnection,
    private readonly schema: SchemaGuard,
  ) {}

  /**
   * Creates the store without contacting the server, so the app starts (and /api/health reports 503)
   * while Neo4j is down; failures surface from the calls, as StoreUnavailableError.
   */
  static async connect(config: Neo4jConfig): Promise<Neo4jGraphStore> {
    const connection = Neo4jConnection.open(config);
    return new Neo4jGraphStore(connection, new SchemaGuard(connection));
  }

  async search(query: string, options?: SearchOptions): Promise<EntityNode[]> {
    const { query: q, types, limit } = resolveSearch(query, options);
    const lucene = nameQuery(q);
    if (lucene === '') return []; // nothing to look up (only stop words or punctuation)
    await this.ensureSearchIndexes();
    const rows = await this.read((tx) =>
      tx.run(SEARCH_ENTITIES, { lucene, types: types ?? null, candidates: neo4j.int(NAME_CANDIDATES) }),
    );
    const candidates = rows.map((row) => toEntityNode(row.entity, 'SEARCH_ENTITIES entity'));
    return rankEntities(candidates, q, limit);
  }

  async searchSentences(query: string, options?: SentenceSearchOptions): Promise<SentenceHit[]> {
    const { query: q, limit } = resolveSentenceSearch(query, options);
    const lucene = textQuery(q);
    if (lucene === '') return [];
    await this.ensureSearchIndexes();
    const found = await this.read((tx) =>
      tx.run(SEARCH_DOCUMENTS, { lucene, candidates: neo4j.int(DOCUMENT_CANDIDATES) }),
    );
    const heads = found.map((row) => toDocumentHead(row.head, 'SEARCH_DOCUMENTS head')).sort(newestFirst);
    // The texts are the heavy part (an article each): read newest first, a few, then more, until enough
    // phrases are found (a common word: the first batch), as matchingSentences reads them.
    const reading = new SentenceReading(q, limit);
    let batch = FIRST_TEXT_BATCH;
    for (let at = 0; at < heads.length && !reading.complete; at += batch, batch *= 2) {
      const ids = heads.slice(at, at + batch).map((head) => head.id);
      const rows = await this.read((tx) => tx.run(DOCUMENTS, { ids }));
      const documents = new Map(
        rows.map((row) => toDocument(row.document, 'DOCUMENTS document')).map((d) => [d.id, d] as const),
      );
      for (const id of ids) {
        const document = documents.get(id); // gone if deleted meanwhile
        if (document !== undefined && !reading.complete) reading.read(document);
      }
    }
    const matches = reading.best();
    const documentIds = [...new Set(matches.map((match) => match.documentId))];
    return withLinks(matches, documentIds.length === 0 ? [] : await this.documentLinks(documentIds));
  }

  /** A database written before the search indexes existed gets them on its first search. */
  private async ensureSearchIndexes(): Promise<void> {
    this.assertOpen();
    await this.schema.ensureSearch();
  }

  async getEntity(id: string): Promise<EntityNode | null> {
    const rows = await this.read((tx) => tx.run(GET_ENTITIES, { ids: [id] }));
    return rows[0] === undefined ? null : toEntityNode(rows[0].entity, 'GET_ENTITIES entity');
  }

  async getEntities(ids: readonly string[]): Promise<EntityNode[]> {
    const unique = resolveIds(ids, 'GraphStore.getEntities');
    const rows = await this.read((tx) => tx.run(GET_ENTITIES, { ids: unique }));
    return rows.map((row) => toEntityNode(row.entity, 'GET_ENTITIES entity'));
  }

  async relationsOf(id: string, options?: RelationsOptions): Promise<Relation[]> {
    const { types, direction, limit } = resolveRelations(options);
    const rows = await this.read((tx) =>
      tx.run(RELATIONS_OF, { id, types: types ?? null, direction, limit: neo4j.int(limit) }),
    );
    const row = rows[0];
    if (row === undefined) throw notFound('GraphStore.relationsOf', [id]);
    return toList(row.relations, 'RELATIONS_OF relations', toRelation);
  }

  async neighborhood(ids: readonly string[], options?: NeighborhoodOptions): Promise<Subgraph> {
    const seeds = resolveIds(ids, 'GraphStore.neighborhood');
    const { depth, relationTypes, entityTypes, limit } = resolveNeighborhood(options);
    const [row] = await this.read((tx) =>
      tx.run(neighborhoodStatement(depth), {
        ids: seeds,
        relationTypes: relationTypes ?? null,
        entityTypes: entityTypes ?? null,
        limit: neo4j.int(limit),
      }),
    );
    const missing = toStrings(row?.missing ?? [], 'NEIGHBORHOOD missing');
    if (missing.length > 0) throw notFound('GraphStore.neighborhood', missing);
    return toSubgraph(row, 'NEIGHBORHOOD');
  }

  async shortestPath(from: string, to: string, options?: PathOptions): Promise<Subgraph | null> {
    const { maxDepth, relationTypes, entityTypes } = resolvePath(options);
    const ends = resolveIds([from, to], 'GraphStore.shortestPath');
    const [row] = await this.read((tx) =>
      tx.run(shortestPathStatement(maxDepth), {
        from,
        to,
        relationTypes: relationTypes ?? null,
        entityTypes: entityTypes ?? null,
      }),
    );
    // One row always (OPTIONAL MATCH and COLLECT); none means the statement itself is wrong: a bug.
    if (row === undefined) throw new Error('Neo4j: SHORTEST_PATH returned no row.');
    const found = { [from]: toBoolean(row.fromFound, 'SHORTEST_PATH fromFound') };
    found[to] = toBoolean(row.toFound, 'SHORTEST_PATH toFound');
    const missing = ends.filter((id) => found[id] !== true);
    if (missing.length > 0) throw notFound('GraphStore.shortestPath', missing);
    const [path] = toList(row.paths, 'SHORTEST_PATH paths', toColumns);
    return path === undefined ? null : { ...toSubgraph(path, 'SHORTEST_PATH'), truncated: false };
  }

  async subgraph(ids: readonly string[], options?: SubgraphOptions): Promise<InducedSubgraph> {
    const unique = resolveIds(ids, 'GraphStore.subgraph');
    const row = await this.read(
      async (tx) => (await tx.run(SUBGRAPH, { ids: unique, relationTypes: null }))[0],
    );
    const result = { ...toSubgraph(row, 'SUBGRAPH'), truncated: false };
    const found = new Set(result.nodes.map((node) => node.id));
    const missing = unique.filter((id) => !found.has(id));
    if (missing.length > 0 && options?.skipMissing !== true) throw notFound('GraphStore.subgraph', missing);
    // In the order asked for, as the embedded store answers.
    const position = new Map(unique.map((id, i) => [id, i]));
    result.nodes.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
    return { ...result, missing };
  }

  async overview(limit?: number): Promise<Subgraph> {
    const resolved = resolveOverviewLimit(limit);
    const row = await this.read(
      async (tx) => (await tx.run(OVERVIEW, { limit: neo4j.int(resolved), relationTypes: null }))[0],
    );
    return toSubgraph(row, 'OVERVIEW');
  }

  async stats(): Promise<GraphStats> {
    const [row] = await this.read((tx) => tx.run(STATS, {}));
    return toStats(row);
  }

  async documents(ids?: readonly string[]): Promise<Document[]> {
    const unique = ids === undefined ? null : resolveIds(ids, 'GraphStore.documents');
    const rows = await this.read((tx) => tx.run(DOCUMENTS, { ids: unique }));
    return rows.map((row) => toDocument(row.document, 'DOCUMENTS document'));
  }

  async documentLinks(ids: readonly string[]): Promise<DocumentLinks[]> {
    const unique = resolveIds(ids, 'GraphStore.documentLinks');
    const rows = await this.read((tx) => tx.run(DOCUMENT_LINKS, { ids: unique }));
    return rows.map((row) => ({
      documentId: toText(row.documentId, 'DOCUMENT_LINKS documentId'),
      entities: toList(row.entities, 'DOCUMENT_LINKS entities', toEntityNode),
      relations: toList(row.relations, 'DOCUMENT_LINKS relations', toRelation),
    }));
  }

  async readAll(): Promise<GraphBatch> {
    const [row] = await this.read((tx) => tx.run(READ_ALL, {}));
    // COLLECT subqueries always give one row; none means the statement itself is wrong: a bug.
    if (row === undefined) throw new Error('Neo4j: READ_ALL returned no row.');
    return {
      documents: toList(row.documents, 'READ_ALL documents', toDocument),
      entities: toList(row.entities, 'READ_ALL entities', toEntity),
      relations: toList(row.relations, 'READ_ALL relations', toRelation),
    };
  }

  async upsert(batch: GraphBatch, options: UpsertOptions = {}): Promise<UpsertSummary> {
    this.assertOpen();
    const valid = lastOfEachId(checkUpsertBatch(batch));
    await this.schema.ensure(valid.relations.map((r) => r.type));
    if (options.audit !== undefined) await this.ensureAuditSchema();
    return this.connection.write((tx) => writeBatch(tx, valid, options.audit));
  }

  async changes(query?: ChangeQuery): Promise<ChangeRecord[]> {
    const q = resolveChangeQuery(query);
    const rows = await this.read((tx) =>
      tx.run(CHANGES, {
        actor: q.actor ?? null,
        source: q.source ?? null,
        itemId: q.itemId ?? null,
        itemKind: q.itemKind ?? null,
        since: q.since ?? null,
        until: q.until ?? null,
        newestFirst: q.order === 'newest',
        limit: neo4j.int(q.limit),
      }),
    );
    return rows.map((row) => onlyItem(toChangeRecord(row.record), q));
  }

  /** The audit trail's constraint and index, made once per store (a schema change needs its own transaction). */
  private async ensureAuditSchema(): Promise<void> {
    if (this.auditSchemaDone) return;
    await this.connection.write((tx) => tx.run(CHANGE_ID_CONSTRAINT, {}));
    await this.connection.write((tx) => tx.run(CHANGE_AT_INDEX, {}));
    this.auditSchemaDone = true;
  }

  async clear(): Promise<void> {
    this.assertOpen();
    await this.connection.write((tx) => tx.run(CLEAR, {}));
  }

  async ping(): Promise<void> {
    await this.read((tx) => tx.run(PING, {}));
  }

  /** None: any client of the database may write to it without this process knowing. */
  async dataVersion(): Promise<string | null> {
    this.assertOpen();
    return null;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.connection.close();
  }

  private read<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    this.assertOpen();
    return this.connection.read(work);
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('Neo4j store: the store is closed; connect a new one.');
  }
}

function notFound(where: string, missing: readonly string[]): NotFoundError {
  const list = missing.map((id) => JSON.stringify(id)).join(', ');
  return new NotFoundError(`${where}: no entity has the id ${list}.`, missing);
}

/** A row with `nodes` and `edges` columns (and `truncated`, when the statement has one). */
function toSubgraph(row: Row | undefined, what: string): Subgraph {
  // Statements that aggregate always return a row; none means the statement itself is wrong: a bug.
  if (row === undefined) throw new Error(`Neo4j: ${what} returned no row.`);
  return {
    nodes: toList(row.nodes, `${what} nodes`, toEntityNode),
    edges: toList(row.edges, `${what} edges`, toRelation),
    truncated: row.truncated === undefined ? false : toBoolean(row.truncated, `${what} truncated`),
  };
}
