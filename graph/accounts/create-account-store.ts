import type { StoreConfig } from '../config';
import { graphConfig } from '../config';
import { UnreachableCaseError } from '../errors';
import type { AccountStore } from './account-store';

/** Opens the account store that sits beside the configured graph store (data directory or Neo4j). */
export async function createAccountStore(config: StoreConfig = graphConfig().store): Promise<AccountStore> {
  switch (config.kind) {
    case 'embedded': {
      const { FileAccountStore } = await import('./file-account-store');
      return FileAccountStore.open(config.dataDir);
    }
    case 'neo4j': {
      const { Neo4jAccountStore } = await import('../neo4j/account-store');
      return Neo4jAccountStore.connect(config);
    }
    default:
      throw new UnreachableCaseError(config);
  }
}
