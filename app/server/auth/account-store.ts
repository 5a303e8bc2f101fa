import { createAccountStore } from '@/graph/accounts/create-account-store';
import type { AccountStore } from '@/graph/accounts/account-store';
import type { StoreConfig } from '@/graph/config';
import { graphConfig } from '@/graph/config';
import { ConfigError } from '@/graph/environment';
import { StoreUnavailableError } from '@/graph/errors';

/**
 * The server's one account store, beside the graph store (see app/server/store.ts for why it is kept on
 * globalThis and why a failed open is not cached). It is reopened if the store configuration changes
 * (tests point NEWSGRAPH_DATA_DIR at a fresh directory each time).
 */
const KEY = Symbol.for('newsgraph.accountStore');
type Holder = { [KEY]?: { config: string; store: Promise<AccountStore> } };
const holder = globalThis as Holder;

export async function getAccountStore(): Promise<AccountStore> {
  let config: StoreConfig;
  try {
    config = graphConfig().store;
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new StoreUnavailableError(`The account store is misconfigured. ${error.message}`, {
        cause: error,
      });
    }
    throw error;
  }
  const key = JSON.stringify(config);
  const existing = holder[KEY];
  if (existing !== undefined && existing.config === key) return existing.store;
  if (existing !== undefined) void existing.store.then((s) => s.close()).catch(() => undefined);
  const opening = createAccountStore(config);
  holder[KEY] = { config: key, store: opening };
  opening.catch(() => {
    if (holder[KEY]?.store === opening) delete holder[KEY];
  });
  return opening;
}
