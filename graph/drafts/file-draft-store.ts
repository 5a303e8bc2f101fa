import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InvalidDataError, InvalidArgumentError } from '../errors';
import type { Draft } from '../extract/draft';
import { ID_PATTERN } from '../identifiers';
import { isNotFound, removeLeftovers, writeFileAtomic } from '../embedded/atomic-file';
import { WriteLock } from '../embedded/write-lock';
import { newStoredDraft, revise } from './draft-record';
import type { DraftStore } from './draft-store';
import type { Rejection } from './rejections';
import { rejectionSchema } from './rejections';
import type { Review } from './review-schema';
import type { DraftSummary, StoredDraft } from './stored-draft';
import { byNewest, storedDraftSchema, summarize } from './stored-draft';

/** The folder, inside the embedded store's data directory, that holds the drafts. */
export const DRAFTS_DIR = 'drafts';
const REJECTIONS_FILE = 'rejections.json';

/**
 * Public: the DraftStore of the embedded store, one JSON file per draft in `<dataDir>/drafts/` and the
 * rejections in `<dataDir>/drafts/rejections.json`. Every file is replaced atomically (written beside,
 * fsynced, renamed), so a crash leaves the old version or the new one; every read-modify-write holds one
 * lock across processes (the server and `npm run ingest` may both write), the same kind the graph's
 * snapshot uses.
 */
export class FileDraftStore implements DraftStore {
  private constructor(
    private readonly dir: string,
    private readonly lock: WriteLock,
  ) {}

  static async open(dataDir: string): Promise<FileDraftStore> {
    const dir = path.join(dataDir, DRAFTS_DIR);
    await fs.mkdir(dir, { recursive: true });
    return new FileDraftStore(dir, new WriteLock(path.join(dir, 'drafts')));
  }

  async create(draft: Draft): Promise<StoredDraft> {
    const stored = newStoredDraft(draft);
    await this.lock.run(() => this.write(stored));
    return stored;
  }

  async get(id: string): Promise<StoredDraft | null> {
    if (!ID_PATTERN.test(id)) return null;
    return this.read(id);
  }

  async list(): Promise<DraftSummary[]> {
    const ids = (await fs.readdir(this.dir))
      .filter((name) => name.endsWith('.json') && name !== REJECTIONS_FILE)
      .map((name) => name.slice(0, -'.json'.length))
      .filter((id) => ID_PATTERN.test(id));
    const drafts = await Promise.all(ids.map((id) => this.read(id)));
    return drafts
      .filter((d): d is StoredDraft => d !== null)
      .map(summarize)
      .sort(byNewest);
  }

  saveReview(id: string, review: Review, revision: number): Promise<StoredDraft> {
    return this.change(id, (current) => revise(id, current, revision, { review }));
  }

  markAccepted(
    id: string,
    revision: number,
    accepted: NonNullable<StoredDraft['accepted']>,
  ): Promise<StoredDraft> {
    return this.change(id, (current) => revise(id, current, revision, { status: 'accepted', accepted }));
  }

  async remove(id: string): Promise<void> {
    if (!ID_PATTERN.test(id)) return;
    await this.lock.run(() => fs.rm(this.fileOf(id), { force: true }));
  }

  async rememberRejections(rejections: readonly Rejection[]): Promise<void> {
    if (rejections.length === 0) return;
    await this.lock.run(async () => {
      const known = new Map((await this.rejections()).map((r) => [r.key, r]));
      for (const rejection of rejections) if (!known.has(rejection.key)) known.set(rejection.key, rejection);
      const sorted = [...known.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      await writeFileAtomic(this.rejectionsFile, `${JSON.stringify(sorted, null, 2)}\n`);
    });
  }

  async rejections(): Promise<Rejection[]> {
    const data = await this.readJson(this.rejectionsFile);
    if (data === undefined) return [];
    const parsed = rejectionSchema.array().safeParse(data);
    if (!parsed.success) throw this.damaged(this.rejectionsFile, parsed.error.message);
    return parsed.data;
  }

  async clear(): Promise<void> {
    await this.lock.run(async () => {
      for (const name of await fs.readdir(this.dir)) {
        if (name.endsWith('.json')) await fs.rm(path.join(this.dir, name), { force: true });
      }
    });
  }

  async close(): Promise<void> {
    // Nothing is held open between calls.
  }

  private get rejectionsFile(): string {
    return path.join(this.dir, REJECTIONS_FILE);
  }

  private fileOf(id: string): string {
    if (!ID_PATTERN.test(id))
      throw new InvalidArgumentError(`DraftStore: ${JSON.stringify(id)} is not a draft id.`);
    return path.join(this.dir, `${id}.json`);
  }

  private async change(id: string, next: (current: StoredDraft | null) => StoredDraft): Promise<StoredDraft> {
    return this.lock.run(async () => {
      const updated = next(await this.get(id));
      await this.write(updated);
      return updated;
    });
  }

  private async write(stored: StoredDraft): Promise<void> {
    const file = this.fileOf(stored.id);
    await removeLeftovers(file).catch(() => undefined);
    await writeFileAtomic(file, `${JSON.stringify(stored)}\n`);
  }

  private async read(id: string): Promise<StoredDraft | null> {
    const file = this.fileOf(id);
    const data = await this.readJson(file);
    if (data === undefined) return null;
    const parsed = storedDraftSchema.safeParse(data);
    if (!parsed.success) throw this.damaged(file, parsed.error.message);
    return parsed.data;
  }

  private async readJson(file: string): Promise<unknown> {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw this.damaged(file, error instanceof Error ? error.message : String(error));
    }
  }

  private damaged(file: string, detail: string): InvalidDataError {
    return new InvalidDataError(
      `Draft store: ${file} is damaged (${detail.slice(0, 300)}); move it aside or delete it.`,
      file,
      '(top level)',
    );
  }
}
