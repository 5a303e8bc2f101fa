import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE } from '@/graph/contract/fixture';
import { StoreUnavailableError } from '@/graph/errors';
import type { SeededStore } from '@/schema/testing/seeded-store';
import { openSeededStore } from '@/schema/testing/seeded-store';
import { loadArticle, loadArticleList } from './load-document';

/** The document pages' reads, against a real embedded store loaded with the conformance fixture. */

let seeded: SeededStore;
beforeAll(async () => {
  seeded = await openSeededStore(FIXTURE);
});
afterAll(async () => {
  await seeded.dispose();
});

const getStore = () => Promise.resolve(seeded.store);

describe('loadArticle', () => {
  it('returns the article, what it mentions and supports, and the name of every entity it points at', async () => {
    const loaded = await loadArticle(getStore, 'ledger-interview');
    if (loaded.kind !== 'found') throw new Error(`expected the article, got ${loaded.kind}`);
    const { document, entities, relations, names } = loaded.data;
    expect(document.title).toBe('Okafor speaks to the Daily Ledger');
    expect(entities.map((e) => e.id)).toContain('tom-hale');
    expect(relations.map((r) => r.id)).toContain('hale-interviewed-okafor');
    for (const relation of relations) {
      expect(names.get(relation.source)?.name, relation.source).toBeTruthy();
      expect(names.get(relation.target)?.name, relation.target).toBeTruthy();
    }
    expect(names.get('sam-okafor')).toEqual({ id: 'sam-okafor', name: 'Sam Okafor', type: 'Person' });
  });

  it('gives each mentioned entity its neighbours in the graph, for a mention link that draws them too', async () => {
    const loaded = await loadArticle(getStore, 'ledger-interview');
    if (loaded.kind !== 'found') throw new Error(`expected the article, got ${loaded.kind}`);
    const { entities, neighbours } = loaded.data;
    for (const entity of entities) {
      const around = await seeded.store.neighborhood([entity.id], { depth: 1 });
      const expected = around.nodes.map((n) => n.id).filter((id) => id !== entity.id);
      // Every neighbour it names is one the store knows, and none is missing below the cap.
      expect(neighbours.get(entity.id)?.length, entity.id).toBe(Math.min(expected.length, 25));
      for (const id of neighbours.get(entity.id) ?? []) expect(expected, entity.id).toContain(id);
    }
    expect(neighbours.get('tom-hale')).toContain('sam-okafor');
  });

  it('says not found for an id no document has', async () => {
    expect(await loadArticle(getStore, 'no-such-article')).toEqual({ kind: 'not-found' });
  });

  it('says not found for something that is not an id, without asking the store', async () => {
    const never = () => Promise.reject(new Error('the store must not be asked'));
    expect(await loadArticle(never, '../etc/passwd')).toEqual({ kind: 'not-found' });
    expect(await loadArticle(never, 'Ledger-Interview')).toEqual({ kind: 'not-found' });
  });

  it('says the store is unavailable, with its message, instead of throwing', async () => {
    const down = () => Promise.reject(new StoreUnavailableError('Neo4j is not answering.'));
    expect(await loadArticle(down, 'ledger-interview')).toEqual({
      kind: 'unavailable',
      message: 'Neo4j is not answering.',
    });
  });

  it('knows an unavailable store by its error code, even from another bundle’s copy of the class', async () => {
    // What Next's server bundles do: the store may be opened by an API route with its own error classes.
    const foreign = Object.assign(new Error('The store is down.'), {
      name: 'StoreUnavailableError',
      code: 'SERVICE_UNAVAILABLE',
    });
    const down = () => Promise.reject(foreign);
    expect(await loadArticle(down, 'ledger-interview')).toEqual({
      kind: 'unavailable',
      message: 'The store is down.',
    });
  });

  it('lets any other failure through, as the bug it is', async () => {
    const broken = () => Promise.reject(new TypeError('boom'));
    await expect(loadArticle(broken, 'ledger-interview')).rejects.toThrow(TypeError);
  });
});

describe('loadArticleList', () => {
  it('lists every article by id', async () => {
    const loaded = await loadArticleList(getStore);
    expect(loaded.kind === 'found' ? loaded.data.map((d) => d.id) : loaded).toEqual([
      'ledger-interview',
      'northwind-pulls-late-hour',
    ]);
  });

  it('counts the entities each article mentions and the relations it supports', async () => {
    const loaded = await loadArticleList(getStore);
    if (loaded.kind !== 'found') throw new Error('the store is up');
    const links = await seeded.store.documentLinks(loaded.data.map((d) => d.id));
    expect(loaded.data.map((d) => [d.id, d.entityCount, d.relationCount])).toEqual(
      links.map((l) => [l.documentId, l.entities.length, l.relations.length]),
    );
    expect(loaded.data.every((d) => d.entityCount > 0 && d.relationCount > 0)).toBe(true);
  });

  it('says the store is unavailable instead of throwing', async () => {
    const down = () => Promise.reject(new StoreUnavailableError('down'));
    expect(await loadArticleList(down)).toEqual({ kind: 'unavailable', message: 'down' });
  });
});
