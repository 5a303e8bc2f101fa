import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { firstIssue } from '../batch-schema';
import { InvalidArgumentError, InvalidDataError, NotFoundError, StoreUnavailableError } from '../errors';
import { isNotFound, writeFileAtomic } from '../embedded/atomic-file';
import type { WriteLockOptions } from '../embedded/write-lock';
import { WriteLock } from '../embedded/write-lock';
import type { Account } from './account';
import { accountSchema } from './account';
import type { AccountChange, AccountStore } from './account-store';

/** The accounts file's name inside the embedded store's data directory. */
export const ACCOUNTS_FILE = 'accounts.json';

const fileSchema = z
  .object({
    format: z.literal('newsgraph-accounts'),
    formatVersion: z.literal(1),
    accounts: z.array(accountSchema),
  })
  .strict();

/**
 * Public: accounts for the embedded store, in `<dataDir>/accounts.json` next to the graph's snapshot, so
 * one directory holds (and one backup saves) everything. The file is small and read afresh on every call
 * (so `npm run user` in another process takes effect at once); writes take a lock of their own and
 * replace the file atomically, readable by its owner only (it holds password hashes).
 */
export class FileAccountStore implements AccountStore {
  private readonly lock: WriteLock;

  private constructor(
    private readonly file: string,
    lock: Partial<WriteLockOptions>,
  ) {
    this.lock = new WriteLock(file, lock);
  }

  static async open(dataDir: string, lock: Partial<WriteLockOptions> = {}): Promise<FileAccountStore> {
    const dir = path.resolve(dataDir);
    try {
      await fs.mkdir(dir, { recursive: true });
    } catch (error) {
      throw new StoreUnavailableError(
        `Accounts: cannot create the data directory ${dir}; set NEWSGRAPH_DATA_DIR to a writable directory.`,
        { cause: error },
      );
    }
    return new FileAccountStore(path.join(dir, ACCOUNTS_FILE), lock);
  }

  async list(): Promise<Account[]> {
    return (await this.read()).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  async get(name: string): Promise<Account | null> {
    return (await this.read()).find((account) => account.name === name) ?? null;
  }

  add(account: Account): Promise<void> {
    return this.change((accounts) => {
      if (accounts.some((a) => a.name === account.name)) {
        throw new InvalidArgumentError(`Account "${account.name}" already exists; choose another name.`);
      }
      return { next: [...accounts, accountSchema.parse(account)], result: undefined };
    });
  }

  update(name: string, change: AccountChange): Promise<Account> {
    return this.change((accounts) => {
      const old = accounts.find((a) => a.name === name);
      if (old === undefined) throw new NotFoundError(`There is no account "${name}".`, [name]);
      const updated: Account = {
        ...old,
        ...(change.role === undefined ? {} : { role: change.role }),
        ...(change.passwordHash === undefined ? {} : { passwordHash: change.passwordHash }),
        credentialsChangedAt: change.at,
      };
      return { next: accounts.map((a) => (a === old ? updated : a)), result: updated };
    });
  }

  remove(name: string): Promise<boolean> {
    return this.change((accounts) => {
      const next = accounts.filter((a) => a.name !== name);
      return { next, result: next.length < accounts.length };
    });
  }

  async close(): Promise<void> {}

  private async change<T>(work: (accounts: Account[]) => { next: Account[]; result: T }): Promise<T> {
    return this.lock.run(async (lease) => {
      const { next, result } = work(await this.read());
      const text = `${JSON.stringify({ format: 'newsgraph-accounts', formatVersion: 1, accounts: next }, null, 2)}\n`;
      await writeFileAtomic(this.file, text, { mode: 0o600, beforeRename: () => lease.assertHeld() });
      return result;
    });
  }

  private async read(): Promise<Account[]> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (error) {
      if (isNotFound(error)) return [];
      throw new StoreUnavailableError(`Accounts: cannot read ${this.file}.`, { cause: error });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new InvalidDataError(
        `Accounts: ${this.file} is not valid JSON; restore it from a backup.`,
        this.file,
        '(root)',
      );
    }
    const parsed = fileSchema.safeParse(json);
    if (!parsed.success) {
      const { path: where, message } = firstIssue(parsed.error);
      throw new InvalidDataError(
        `Accounts: ${this.file} is not a valid accounts file: ${where} ${message}; restore it from a backup.`,
        this.file,
        where,
      );
    }
    return parsed.data.accounts;
  }
}
