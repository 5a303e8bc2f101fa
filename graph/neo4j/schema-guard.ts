import type { Params, Statement } from './cypher';
import { DOCUMENT_ID_CONSTRAINT, ENTITY_ID_CONSTRAINT, relationIdConstraint } from './cypher';
import type { Neo4jConnection } from './driver';
import { AWAIT_SEARCH_INDEXES, DOCUMENT_TEXT_FULLTEXT, ENTITY_NAMES_FULLTEXT } from './search-cypher';

/**
 * Makes sure the uniqueness constraints exist before data is written: the Entity and Document ones once
 * per store, and one per relation type the first time a batch brings that type. A schema change cannot
 * share a transaction with data writes, so each constraint gets its own (they are `IF NOT EXISTS`, so
 * another app replica creating the same one at the same time is harmless). A constraint that failed to be
 * created is tried again on the next write.
 *
 * The full-text indexes of the searches (search-cypher.ts) are made with the constraints, and also before
 * the first search, for a database written before they existed; a search then waits until they are online.
 */
export class SchemaGuard {
  private labelsDone = false;
  private searchDone = false;
  private readonly relationTypesDone = new Set<string>();

  constructor(private readonly connection: Neo4jConnection) {}

  async ensure(relationTypes: readonly string[]): Promise<void> {
    if (!this.labelsDone) {
      await this.create(ENTITY_ID_CONSTRAINT);
      await this.create(DOCUMENT_ID_CONSTRAINT);
      this.labelsDone = true;
    }
    await this.ensureSearch();
    for (const type of new Set(relationTypes)) {
      if (this.relationTypesDone.has(type)) continue;
      await this.create(relationIdConstraint(type));
      this.relationTypesDone.add(type);
    }
  }

  /** The full-text indexes, created (once per store) and online. */
  async ensureSearch(): Promise<void> {
    if (this.searchDone) return;
    await this.create(ENTITY_NAMES_FULLTEXT);
    await this.create(DOCUMENT_TEXT_FULLTEXT);
    await this.connection.read((tx) => tx.run(AWAIT_SEARCH_INDEXES, {}));
    this.searchDone = true;
  }

  private async create(statement: Statement<Params>): Promise<void> {
    await this.connection.write((tx) => tx.run(statement, {}));
  }
}
