import type { Account } from './account';
import type { Role } from './role';

/**
 * The AccountStore port: where accounts live. Two adapters keep them where the configured graph store
 * keeps its data: a file in the embedded store's data directory (file-account-store.ts) and the Neo4j
 * database (graph/neo4j/account-store.ts). One contract suite (contract/account-store.contract.ts) holds
 * both to the same behaviour. Names reach the store already normalized (see account.ts).
 */
export interface AccountStore {
  /** Every account, ordered by name. */
  list(): Promise<Account[]>;

  /** One account by (normalized) name, or null. */
  get(name: string): Promise<Account | null>;

  /** Adds a new account; throws InvalidArgumentError when the name is taken. */
  add(account: Account): Promise<void>;

  /** Changes an account's role and/or password hash and sets `credentialsChangedAt`; throws NotFoundError for an unknown name. */
  update(name: string, change: AccountChange): Promise<Account>;

  /** Removes an account; false when there was none. */
  remove(name: string): Promise<boolean>;

  /** Releases file handles or connections. */
  close(): Promise<void>;
}

export interface AccountChange {
  role?: Role;
  passwordHash?: string;
  /** When the change is made (ISO 8601); becomes `credentialsChangedAt`. */
  at: string;
}
