import type { StoreConfig } from '../config';
import { graphConfig } from '../config';
import { UnreachableCaseError } from '../errors';
import type { DraftStore } from './draft-store';

/**
 * Opens the draft store beside the graph store the configuration names: files in the embedded store's
 * data directory, or nodes in the same Neo4j database. Adapters are imported lazily, as in createStore.
 */
export async function createDraftStore(config: StoreConfig = graphConfig().store): Promise<DraftStore> {
  switch (config.kind) {
    case 'embedded': {
      const { FileDraftStore } = await import('./file-draft-store');
      return FileDraftStore.open(config.dataDir);
    }
    case 'neo4j': {
      const { Neo4jDraftStore } = await import('../neo4j/neo4j-draft-store');
      return Neo4jDraftStore.connect(config);
    }
    default:
      throw new UnreachableCaseError(config);
  }
}
