import { NotFoundError } from '../errors';
import type { Account, AccountSummary } from './account';
import { newAccountName, normalizeAccountName, summaryOf } from './account';
import type { AccountStore } from './account-store';
import type { ScryptParams } from './password';
import { DEFAULT_SCRYPT, decoyHash, hashPassword, verifyPassword } from './password';
import type { Role } from './role';

/**
 * Public: what people do with accounts (the `npm run user` CLI and the sign-in route call these), over
 * any AccountStore. Names are normalized here, passwords hashed here; the store only keeps what it gets.
 */

export interface AccountOptions {
  /** The time of the change; tests pass their own. */
  now?: () => Date;
  /** scrypt's parameters for new hashes (tests use cheaper ones; verifying reads them from the hash). */
  scrypt?: ScryptParams;
}

export async function addAccount(
  store: AccountStore,
  name: string,
  role: Role,
  password: string,
  options: AccountOptions = {},
): Promise<AccountSummary> {
  const at = (options.now ?? (() => new Date()))().toISOString();
  const account: Account = {
    name: newAccountName(name),
    role,
    passwordHash: await hashPassword(password, options.scrypt ?? DEFAULT_SCRYPT),
    createdAt: at,
    credentialsChangedAt: at,
  };
  await store.add(account);
  return summaryOf(account);
}

export async function resetPassword(
  store: AccountStore,
  name: string,
  password: string,
  options: AccountOptions = {},
): Promise<AccountSummary> {
  const passwordHash = await hashPassword(password, options.scrypt ?? DEFAULT_SCRYPT);
  const at = (options.now ?? (() => new Date()))().toISOString();
  return summaryOf(await store.update(normalizeAccountName(name), { passwordHash, at }));
}

export async function setRole(
  store: AccountStore,
  name: string,
  role: Role,
  options: AccountOptions = {},
): Promise<AccountSummary> {
  const at = (options.now ?? (() => new Date()))().toISOString();
  return summaryOf(await store.update(normalizeAccountName(name), { role, at }));
}

export async function removeAccount(store: AccountStore, name: string): Promise<void> {
  const normalized = normalizeAccountName(name);
  if (!(await store.remove(normalized))) {
    throw new NotFoundError(`There is no account "${normalized}".`, [normalized]);
  }
}

export async function listAccounts(store: AccountStore): Promise<AccountSummary[]> {
  return (await store.list()).map(summaryOf);
}

/**
 * The account whose name and password match, or null. An unknown or malformed name still costs one
 * password check (against a decoy hash), so the answer's timing does not tell which names exist.
 */
export async function authenticate(
  store: AccountStore,
  name: string,
  password: string,
): Promise<Account | null> {
  let normalized: string;
  try {
    normalized = normalizeAccountName(name);
  } catch {
    await verifyPassword(password, await decoyHash());
    return null;
  }
  const account = await store.get(normalized);
  if (account === null) {
    await verifyPassword(password, await decoyHash());
    return null;
  }
  return (await verifyPassword(password, account.passwordHash)) ? account : null;
}
