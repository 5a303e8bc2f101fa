import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE } from '../graph/contract/fixture';
import type { GraphBatch } from '../graph/model';
import { createApolloServer } from './server';
import { countCalls } from './testing/counting-store';
import { execute } from './testing/execute';
import type { SeededStore } from './testing/seeded-store';
import { openSeededStore } from './testing/seeded-store';

/**
 * `Document.relations` and `Document.entities`, what the document view reads: through the real server
 * and a real embedded store, once with the seed bundles and once with the conformance fixture (two
 * documents, so that batching across documents shows).
 */

const server = createApolloServer();

interface LinkedDocument {
  id: string;
  relations: { id: string; source: { name: string }; evidence: { documentId: string }[] }[];
  entities: { id: string; name: string; degree: number }[];
}

const LINKS = 'id relations { id source { name } evidence { documentId } } entities { id name degree }';

function sortedIds(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id).sort();
}

/** What a document should link to, read straight from the batch that was loaded. */
function expectedLinks(batch: GraphBatch, documentId: string) {
  return {
    relations: sortedIds(batch.relations.filter((r) => r.evidence.some((e) => e.documentId === documentId))),
    entities: sortedIds(batch.entities.filter((e) => e.mentions.some((m) => m.documentId === documentId))),
  };
}

describe('GraphQL API', () => {
  describe('Document links, over the seed', () => {
    let seeded: SeededStore;
    beforeAll(async () => {
      seeded = await openSeededStore();
    });
    afterAll(async () => {
      await seeded.dispose();
    });

    it('lists the relations an article supports and the entities it names, ordered by id', async () => {
      const documentId = seeded.batch.documents[0]?.id;
      if (documentId === undefined) throw new Error('the seed has no documents');
      const result = await execute<{ document: LinkedDocument }>(
        server,
        seeded.store,
        `query($id: ID!) { document(id: $id) { ${LINKS} } }`,
        { id: documentId },
      );
      expect(result.errors).toBeUndefined();
      const document = result.data?.document;
      const expected = expectedLinks(seeded.batch, documentId);
      expect(document?.relations.map((r) => r.id)).toEqual(expected.relations);
      expect(document?.entities.map((e) => e.id)).toEqual(expected.entities);
      expect(expected.relations.length).toBeGreaterThan(0);
      // Every relation listed has a sentence in this article.
      for (const relation of document?.relations ?? []) {
        expect(relation.evidence.some((e) => e.documentId === documentId)).toBe(true);
      }
    });
  });

  describe('Document links, over two documents', () => {
    let seeded: SeededStore;
    beforeAll(async () => {
      seeded = await openSeededStore(FIXTURE);
    });
    afterAll(async () => {
      await seeded.dispose();
    });

    it('answers every document from one documentLinks call, and the relations’ ends from the entities it named', async () => {
      const counting = countCalls(seeded.store);
      const result = await execute<{ documents: LinkedDocument[] }>(
        server,
        counting.store,
        `{ documents { ${LINKS} } }`,
      );
      expect(result.errors).toBeUndefined();
      const documents = result.data?.documents ?? [];
      expect(documents.map((d) => d.id)).toEqual(['ledger-interview', 'northwind-pulls-late-hour']);
      for (const document of documents) {
        const expected = expectedLinks(FIXTURE, document.id);
        expect(document.relations.map((r) => r.id)).toEqual(expected.relations);
        expect(document.entities.map((e) => e.id)).toEqual(expected.entities);
      }
      expect(counting.calls('documentLinks')).toEqual([[['ledger-interview', 'northwind-pulls-late-hour']]]);
      // In the fixture every end of a relation is named in the sentence it was read from, so every end
      // came primed with the document's entities: no entity look-up at all.
      expect(counting.calls('getEntities')).toHaveLength(0);
    });

    it('gives entities their degree, like every other field that returns entities', async () => {
      const result = await execute<{ document: LinkedDocument }>(
        server,
        seeded.store,
        '{ document(id: "ledger-interview") { entities { id degree } } }',
      );
      expect(result.data?.document.entities.find((e) => e.id === 'sam-okafor')?.degree).toBe(3);
    });
  });
});
