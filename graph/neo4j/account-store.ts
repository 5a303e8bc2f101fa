import type { Account } from '../accounts/account';
import { accountSchema } from '../accounts/account';
import type { AccountChange, AccountStore } from '../accounts/account-store';
import { InvalidArgumentError, InvalidDataError, NotFoundError } from '../errors';
import {
  ACCOUNT_NAME_CONSTRAINT,
  ADD_ACCOUNT,
  GET_ACCOUNT,
  LIST_ACCOUNTS,
  REMOVE_ACCOUNT,
  UPDATE_ACCOUNT,
} from './account-cypher';
import type { Neo4jConfig, Row } from './driver';
import { Neo4jConnection } from './driver';
import { toNumber } from './mapping';

/**
 * Public: accounts in the Neo4j database the graph lives in (`:NewsgraphAccount` nodes, see
 * account-cypher.ts), so every app replica sees the same accounts. It has its own small driver: account
 * calls are rare (sign-in, the CLI) and must not wait behind the graph's pool.
 */
export class Neo4jAccountStore implements AccountStore {
  private constrained = false;

  private constructor(private readonly connection: Neo4jConnection) {}

  static async connect(config: Neo4jConfig): Promise<Neo4jAccountStore> {
    return new Neo4jAccountStore(Neo4jConnection.open(config));
  }

  async list(): Promise<Account[]> {
    const rows = await this.connection.read((tx) => tx.run(LIST_ACCOUNTS, {}));
    return rows.map(toAccount);
  }

  async get(name: string): Promise<Account | null> {
    const [row] = await this.connection.read((tx) => tx.run(GET_ACCOUNT, { name }));
    return row === undefined ? null : toAccount(row);
  }

  async add(account: Account): Promise<void> {
    await this.ensureConstraint();
    const [row] = await this.connection.write((tx) => tx.run(ADD_ACCOUNT, { account: { ...account } }));
    if (toNumber(row?.created, 'ADD_ACCOUNT created') === 0) {
      throw new InvalidArgumentError(`Account "${account.name}" already exists; choose another name.`);
    }
  }

  async update(name: string, change: AccountChange): Promise<Account> {
    const [row] = await this.connection.write((tx) =>
      tx.run(UPDATE_ACCOUNT, {
        name,
        role: change.role ?? null,
        passwordHash: change.passwordHash ?? null,
        at: change.at,
      }),
    );
    if (row === undefined) throw new NotFoundError(`There is no account "${name}".`, [name]);
    return toAccount(row);
  }

  async remove(name: string): Promise<boolean> {
    const [row] = await this.connection.write((tx) => tx.run(REMOVE_ACCOUNT, { name }));
    return toNumber(row?.removed, 'REMOVE_ACCOUNT removed') > 0;
  }

  close(): Promise<void> {
    return this.connection.close();
  }

  private async ensureConstraint(): Promise<void> {
    if (this.constrained) return;
    await this.connection.write((tx) => tx.run(ACCOUNT_NAME_CONSTRAINT, {}));
    this.constrained = true;
  }
}

function toAccount(row: Row): Account {
  const parsed = accountSchema.safeParse(row.account);
  if (!parsed.success) {
    throw new InvalidDataError(
      'Neo4j: a :NewsgraphAccount node is damaged; fix or remove it.',
      'neo4j',
      'account',
    );
  }
  return parsed.data;
}
