import { describe } from 'vitest';
import type { GraphStore } from '../store';
import { describeAuditTrail } from './audit.contract';
import { describeCatalog } from './catalog.contract';
import { useFixtureStore } from './context';
import { describeDocumentLinks } from './document-links.contract';
import { describeEntityLookups } from './entities.contract';
import { describeLifecycle } from './lifecycle.contract';
import { describeNeighborhood } from './neighborhood.contract';
import { describeShortestPath } from './paths.contract';
import { describeReadAll } from './read-all.contract';
import { describeRelationsOf } from './relations.contract';
import { describeSubgraphs } from './subgraphs.contract';
import { describeEntitySearch, describeSentenceSearch } from './search.contract';
import { describeUpsert } from './upsert.contract';

/**
 * Public: the GraphStore conformance suite, written once and run against every adapter, so that the
 * embedded store and Neo4j answer every call the same way. Call it at the top level of a test file:
 *
 *   defineGraphStoreContract('embedded', () => EmbeddedGraphStore.open(tmpDir));
 *
 * `makeStore` is called once for the whole suite and the store it gives is closed at the end. Before every
 * test the store is cleared and loaded with the fixture (`fixture.ts`), so it must be a store whose
 * contents may be thrown away.
 */
export function defineGraphStoreContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`GraphStore (${name})`, () => {
    const store = useFixtureStore(makeStore);
    describeEntitySearch(store);
    describeSentenceSearch(store);
    describeEntityLookups(store);
    describeRelationsOf(store);
    describeNeighborhood(store);
    describeShortestPath(store);
    describeSubgraphs(store);
    describeCatalog(store);
    describeDocumentLinks(store);
    describeReadAll(store);
    describeUpsert(store);
    describeAuditTrail(store);
    describeLifecycle(store);
  });
}
