import neo4j from 'neo4j-driver';
import type { BookmarkManager, Driver, ManagedTransaction } from 'neo4j-driver';
import type { StoreConfig } from '../config';
import type { Params, Statement } from './cypher';
import type { ServerTarget } from './errors';
import { translateDriverError } from './errors';

/** The Neo4j branch of the store configuration. */
export type Neo4jConfig = Extract<StoreConfig, { kind: 'neo4j' }>;

/** A row of a result, as a plain object (driver values such as Integer are left for mapping.ts). */
export type Row = Record<string, unknown>;

/** What a transaction function receives: it can only run our statements. */
export interface Transaction {
  run<P extends Params>(statement: Statement<P>, parameters: NoInfer<P>): Promise<Row[]>;
}

/**
 * One driver (and so one connection pool) per store, and managed transactions only: `executeRead` lets a
 * `neo4j://` cluster route reads to any member, and the driver retries transient failures (leader
 * switches, dropped connections) within `maxTransactionRetryTime`. Every session names the database and
 * shares one bookmark manager, so a read that follows a write sees it, even on another cluster member.
 */
export class Neo4jConnection {
  private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();

  private constructor(
    private readonly driver: Driver,
    private readonly target: ServerTarget,
  ) {}

  /**
   * Creates the driver without contacting the server (the app must start, and report 503, while Neo4j is
   * down). Every timeout is bounded by `connectionTimeoutMs`, so an unreachable server fails a call in
   * seconds rather than after the driver's default minute.
   */
  static open(config: Neo4jConfig): Neo4jConnection {
    const ms = config.connectionTimeoutMs;
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      connectionTimeout: ms,
      // Acquiring a connection includes opening it, so it gets the connect time twice over.
      connectionAcquisitionTimeout: 2 * ms,
      maxTransactionRetryTime: ms,
    });
    return new Neo4jConnection(driver, { uri: config.uri, database: config.database });
  }

  /** Runs `work` in a read transaction. */
  read<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  /** Runs `work` in a write transaction: all of it commits, or none of it. */
  write<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Transaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.target.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    try {
      const wrap = (tx: ManagedTransaction) => work(wrapTransaction(tx));
      return await (mode === 'READ' ? session.executeRead(wrap) : session.executeWrite(wrap));
    } catch (error) {
      throw translateDriverError(error, this.target);
    } finally {
      // The outcome is already decided (committed or thrown); a failure to hand the connection back must
      // not replace it.
      await session.close().catch(() => undefined);
    }
  }
}

function wrapTransaction(tx: ManagedTransaction): Transaction {
  return {
    async run(statement, parameters) {
      const result = await tx.run(statement.text, parameters);
      return result.records.map((record) => record.toObject());
    },
  };
}
