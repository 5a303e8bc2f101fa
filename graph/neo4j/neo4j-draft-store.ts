import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { newStoredDraft, revise } from '../drafts/draft-record';
import type { DraftStore } from '../drafts/draft-store';
import { DraftConflictError } from '../drafts/errors';
import type { Rejection } from '../drafts/rejections';
import { rejectionSchema } from '../drafts/rejections';
import type { Review } from '../drafts/review-schema';
import type { DraftSummary, StoredDraft } from '../drafts/stored-draft';
import { DRAFT_STATUSES, storedDraftSchema, summarize } from '../drafts/stored-draft';
import type { Draft } from '../extract/draft';
import type { Params } from './cypher';
import type { DraftRow } from './draft-cypher';
import {
  CLEAR_DRAFTS,
  CREATE_DRAFT,
  DRAFT_ID_CONSTRAINT,
  GET_DRAFT,
  LIST_DRAFTS,
  REJECTIONS,
  REJECTION_KEY_CONSTRAINT,
  REMEMBER_REJECTIONS,
  REMOVE_DRAFT,
  UPDATE_DRAFT,
} from './draft-cypher';
import type { Neo4jConfig, Transaction } from './driver';
import { Neo4jConnection } from './driver';
import { parse, toNumber, toText } from './mapping';

const summaryRecordSchema = z.object({
  id: z.string(),
  status: z.enum(DRAFT_STATUSES),
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  entityCount: z.unknown(),
  relationCount: z.unknown(),
});

/**
 * Public: the DraftStore on Neo4j, used when NEO4J_URI is set: one `:Draft` node per draft and one
 * `:RejectedProposal` node per rejection, in the graph's database (statements in `draft-cypher.ts`).
 */
export class Neo4jDraftStore implements DraftStore {
  private constraintsDone = false;

  private constructor(private readonly connection: Neo4jConnection) {}

  /** Creates the store without contacting the server; failures surface from the calls. */
  static connect(config: Neo4jConfig): Neo4jDraftStore {
    return new Neo4jDraftStore(Neo4jConnection.open(config));
  }

  async create(draft: Draft): Promise<StoredDraft> {
    await this.ensureConstraints();
    const stored = newStoredDraft(draft);
    await this.connection.write((tx) => tx.run(CREATE_DRAFT, { draft: rowOf(stored) }));
    return stored;
  }

  async get(id: string): Promise<StoredDraft | null> {
    return this.connection.read((tx) => readDraft(tx, id));
  }

  async list(): Promise<DraftSummary[]> {
    const rows = await this.connection.read((tx) => tx.run(LIST_DRAFTS, {}));
    return rows.map((row) => {
      const d = parse(summaryRecordSchema, row.draft, 'LIST_DRAFTS draft');
      return {
        id: d.id,
        status: d.status,
        title: d.title,
        createdAt: d.createdAt,
        updatedAt: d.updatedAt,
        entities: toNumber(d.entityCount, 'LIST_DRAFTS entityCount'),
        relations: toNumber(d.relationCount, 'LIST_DRAFTS relationCount'),
      };
    });
  }

  saveReview(id: string, review: Review, revision: number): Promise<StoredDraft> {
    return this.change(id, revision, (current) => revise(id, current, revision, { review }));
  }

  markAccepted(
    id: string,
    revision: number,
    accepted: NonNullable<StoredDraft['accepted']>,
  ): Promise<StoredDraft> {
    return this.change(id, revision, (current) =>
      revise(id, current, revision, { status: 'accepted', accepted }),
    );
  }

  async remove(id: string): Promise<void> {
    await this.connection.write((tx) => tx.run(REMOVE_DRAFT, { id }));
  }

  async rememberRejections(rejections: readonly Rejection[]): Promise<void> {
    if (rejections.length === 0) return;
    await this.ensureConstraints();
    const rows: Params[] = rejections.map((r) => ({ ...r }));
    await this.connection.write((tx) => tx.run(REMEMBER_REJECTIONS, { rejections: rows }));
  }

  async rejections(): Promise<Rejection[]> {
    const rows = await this.connection.read((tx) => tx.run(REJECTIONS, {}));
    return rows.map((row) => parse(rejectionSchema, row.rejection, 'REJECTIONS rejection'));
  }

  async clear(): Promise<void> {
    await this.connection.write((tx) => tx.run(CLEAR_DRAFTS, {}));
  }

  async close(): Promise<void> {
    await this.connection.close();
  }

  /** Reads, revises and writes back in one transaction; the write's revision test settles any race. */
  private change(
    id: string,
    revision: number,
    next: (current: StoredDraft | null) => StoredDraft,
  ): Promise<StoredDraft> {
    return this.connection.write(async (tx) => {
      const updated = next(await readDraft(tx, id));
      const rows = await tx.run(UPDATE_DRAFT, { id, revision: neo4j.int(revision), draft: rowOf(updated) });
      if (rows.length === 0) {
        throw new DraftConflictError(`DraftStore: draft ${id} changed while it was being saved; reload it.`);
      }
      return updated;
    });
  }

  /** Schema commands cannot share a transaction with writes: each runs alone, once per store. */
  private async ensureConstraints(): Promise<void> {
    if (this.constraintsDone) return;
    await this.connection.write((tx) => tx.run(DRAFT_ID_CONSTRAINT, {}));
    await this.connection.write((tx) => tx.run(REJECTION_KEY_CONSTRAINT, {}));
    this.constraintsDone = true;
  }
}

async function readDraft(tx: Transaction, id: string): Promise<StoredDraft | null> {
  const rows = await tx.run(GET_DRAFT, { id });
  const row = rows[0];
  if (row === undefined) return null;
  const body: unknown = JSON.parse(toText(row.body, 'GET_DRAFT body'));
  return parse(storedDraftSchema, body, 'GET_DRAFT body');
}

function rowOf(stored: StoredDraft): DraftRow {
  const summary = summarize(stored);
  return {
    id: stored.id,
    status: stored.status,
    revision: neo4j.int(stored.revision),
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    title: summary.title,
    entityCount: neo4j.int(summary.entities),
    relationCount: neo4j.int(summary.relations),
    body: JSON.stringify(stored),
  };
}
