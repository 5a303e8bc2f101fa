import type { StoreConfig } from './config';
import { graphConfig } from './config';
import type { GraphStore } from './store';
import { UnreachableCaseError } from './errors';

/**
 * Opens the store the configuration names: the embedded one when NEO4J_URI is unset, Neo4j otherwise.
 * The adapters are imported lazily so the embedded path never loads the driver and vice versa.
 */
export async function createStore(config: StoreConfig = graphConfig().store): Promise<GraphStore> {
  switch (config.kind) {
    case 'embedded': {
      const { EmbeddedGraphStore } = await import('./embedded/embedded-store');
      return EmbeddedGraphStore.open(config.dataDir);
    }
    case 'neo4j': {
      const { Neo4jGraphStore } = await import('./neo4j/neo4j-store');
      return Neo4jGraphStore.connect(config);
    }
    default:
      throw new UnreachableCaseError(config);
  }
}
