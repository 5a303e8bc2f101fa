import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBundleFiles } from '../bundle/bundle-files';
import { loadBundles } from '../bundle/load-bundles';
import { InvalidArgumentError, NotFoundError } from '../errors';
import { LIMITS } from '../limits';
import type { Document, Entity, GraphBatch, Relation } from '../model';
import { collectExport, exportBaseName, resolveNames, subgraphOfBatch } from './collect';
import { ExportTooLargeError } from './limits';
import type { ExportInput } from './types';
import type { GraphStore } from '../store';
import type { TestStore } from '../../testing/test-store';
import { openTestStore } from '../../testing/test-store';

/**
 * collectExport and resolveNames over a real store of the kind under test (testing/test-store.ts) loaded with the seed bundles; expectations
 * are computed from the loaded batch and the store's own answers, so the tests follow the data.
 */

let seed: GraphBatch;
let opened: TestStore;
let store: GraphStore;

beforeAll(async () => {
  seed = await loadBundles(await listBundleFiles());
  opened = await openTestStore();
  store = opened.store;
  await store.upsert(seed);
});
afterAll(async () => {
  await opened.dispose();
});

/**
 * Runs `test` over a second store holding `batch`. In the Neo4j tier both stores are the one database,
 * so the seed is put back afterwards for the tests that follow.
 */
async function withStoreOf(batch: GraphBatch, test: (other: GraphStore) => Promise<void>): Promise<void> {
  const other = await openTestStore();
  try {
    await other.store.upsert(batch);
    await test(other.store);
  } finally {
    await other.dispose();
    if (opened.kind === 'neo4j') {
      await store.clear();
      await store.upsert(seed);
    }
  }
}

const sorted = (items: Iterable<string>) => [...items].sort();
const idsOf = (items: readonly { id: string }[]) => sorted(items.map((item) => item.id));

function relationsOf(id: string): Relation[] {
  return seed.relations.filter((r) => r.source === id || r.target === id);
}

/** The entity with the most relations in the seed: a hub whose neighbourhood is worth exporting. */
function busiest(): string {
  return [...seed.entities]
    .sort((a, b) => relationsOf(b.id).length - relationsOf(a.id).length || (a.id < b.id ? -1 : 1))
    .map((e) => e.id)[0] as string;
}

/** Every evidence and mention of the export points into an exported document, at the right offsets. */
function expectProvenanceIntact({ subgraph, documents }: ExportInput): void {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const spans = [...subgraph.nodes.flatMap((n) => n.mentions), ...subgraph.edges.flatMap((e) => e.evidence)];
  expect(spans.length).toBeGreaterThan(0);
  for (const span of spans) {
    expect(byId.get(span.documentId)?.text.slice(span.start, span.end)).toBe(span.sentence);
  }
}

/** A wire report with one agency and `spokes` speakers who work for it: a hub of any size, offsets computed. */
function hub(spokes: number): GraphBatch {
  const sentences = Array.from({ length: spokes }, (_, i) => `Speaker ${i + 1} spoke for the agency.`);
  const document: Document = {
    id: 'wire',
    title: 'Wire',
    source: null,
    publishedAt: null,
    text: sentences.join(' '),
  };
  const span = (sentence: string) => {
    const start = document.text.indexOf(sentence);
    return { documentId: 'wire', sentence, start, end: start + sentence.length };
  };
  const speakers: Entity[] = sentences.map((sentence, i) => ({
    id: `speaker-${i + 1}`,
    name: `Speaker ${i + 1}`,
    type: 'Person',
    aliases: [],
    description: null,
    mentions: [span(sentence)],
  }));
  const agency: Entity = {
    id: 'agency',
    name: 'Agency',
    type: 'Organization',
    aliases: [],
    description: null,
    mentions: [],
  };
  const relations: Relation[] = sentences.map((sentence, i) => ({
    id: `speaker-${i + 1}-works-for-agency`,
    type: 'WORKS_FOR',
    source: `speaker-${i + 1}`,
    target: 'agency',
    statement: null,
    role: null,
    evidence: [span(sentence)],
  }));
  return { documents: [document], entities: [agency, ...speakers], relations };
}

describe('collectExport', () => {
  describe('at depth 0', () => {
    it('holds exactly the entities asked for and every relation between two of them', async () => {
      const id = busiest();
      const ids = [id, ...relationsOf(id).map((r) => (r.source === id ? r.target : r.source))];
      const chosen = new Set(ids);
      const result = await collectExport(store, { ids, maxNodes: 100 });
      expect(idsOf(result.subgraph.nodes)).toEqual(sorted(chosen));
      expect(idsOf(result.subgraph.edges)).toEqual(
        idsOf(seed.relations.filter((r) => chosen.has(r.source) && chosen.has(r.target))),
      );
      expect(result.subgraph.truncated).toBe(false);
    });

    it('brings the documents its evidence and mentions point into, with their text', async () => {
      const result = await collectExport(store, { ids: [busiest()], maxNodes: 10 });
      expect(result.documents.length).toBeGreaterThan(0);
      expectProvenanceIntact(result);
    });

    it('keeps only relations of the types asked for, and every entity asked for', async () => {
      const id = busiest();
      const ids = [id, ...relationsOf(id).map((r) => (r.source === id ? r.target : r.source))];
      const type = relationsOf(id)[0]?.type ?? 'SAID';
      const result = await collectExport(store, { ids, relationTypes: [type], maxNodes: 100 });
      expect(idsOf(result.subgraph.nodes)).toEqual(sorted(new Set(ids)));
      expect(result.subgraph.edges.length).toBeGreaterThan(0);
      expect(new Set(result.subgraph.edges.map((e) => e.type))).toEqual(new Set([type]));
    });
  });

  describe('at depth 1 and more', () => {
    it('holds what the store’s neighbourhood holds, with provenance intact', async () => {
      const id = busiest();
      const expected = await store.neighborhood([id], { depth: 2, limit: LIMITS.maxNeighborhoodLimit });
      const result = await collectExport(store, { ids: [id], depth: 2, maxNodes: 1000 });
      expect(idsOf(result.subgraph.nodes)).toEqual(idsOf(expected.nodes));
      expect(idsOf(result.subgraph.edges)).toEqual(idsOf(expected.edges));
      expectProvenanceIntact(result);
    });

    it('follows only the relation types asked for', async () => {
      const id = busiest();
      const type = relationsOf(id)[0]?.type ?? 'SAID';
      const result = await collectExport(store, {
        ids: [id],
        depth: 1,
        relationTypes: [type],
        maxNodes: 100,
      });
      const reached = relationsOf(id)
        .filter((r) => r.type === type)
        .map((r) => (r.source === id ? r.target : r.source));
      expect(idsOf(result.subgraph.nodes)).toEqual(sorted(new Set([id, ...reached])));
      expect(new Set(result.subgraph.edges.map((e) => e.type))).toEqual(new Set([type]));
    });

    it('answers when the neighbourhood holds exactly the limit', async () => {
      const id = busiest();
      const size = (await store.neighborhood([id], { depth: 1 })).nodes.length;
      const result = await collectExport(store, { ids: [id], depth: 1, maxNodes: size });
      expect(result.subgraph.nodes).toHaveLength(size);
    });

    it('refuses, rather than cuts, a neighbourhood over the limit', async () => {
      const id = busiest();
      const size = (await store.neighborhood([id], { depth: 1 })).nodes.length;
      const attempt = collectExport(store, { ids: [id], depth: 1, maxNodes: size - 1 });
      await expect(attempt).rejects.toBeInstanceOf(ExportTooLargeError);
      await expect(attempt).rejects.toMatchObject({ code: 'BAD_USER_INPUT', limit: size - 1 });
    });

    it('refuses a neighbourhood past what one store call may return, whatever the limit', async () => {
      await withStoreOf(hub(LIMITS.maxNeighborhoodLimit), async (big) => {
        const attempt = collectExport(big, { ids: ['agency'], depth: 1, maxNodes: 10_000 });
        await expect(attempt).rejects.toMatchObject({ limit: LIMITS.maxNeighborhoodLimit });
        await expect(attempt).rejects.toBeInstanceOf(ExportTooLargeError);
      });
    });
  });

  describe('of the whole graph', () => {
    it('holds every entity, relation and document, with the stores’ degrees', async () => {
      const result = await collectExport(store, { all: true, maxNodes: 1000 });
      expect(idsOf(result.subgraph.nodes)).toEqual(idsOf(seed.entities));
      expect(idsOf(result.subgraph.edges)).toEqual(idsOf(seed.relations));
      expect(idsOf(result.documents)).toEqual(idsOf(seed.documents));
      const stored = await store.getEntities(seed.entities.map((e) => e.id));
      const degrees = new Map(stored.map((e) => [e.id, e.degree]));
      for (const node of result.subgraph.nodes) expect(node.degree).toBe(degrees.get(node.id));
      expectProvenanceIntact(result);
    });

    it('refuses a graph over the limit', async () => {
      await expect(collectExport(store, { all: true, maxNodes: seed.entities.length - 1 })).rejects.toThrow(
        ExportTooLargeError,
      );
    });
  });

  describe('with bad arguments', () => {
    const cases: [string, Parameters<typeof collectExport>[1]][] = [
      ['no ids and not all', { maxNodes: 10 }],
      ['an empty id list', { ids: [], maxNodes: 10 }],
      ['depth 4', { ids: ['nayib-bukele'], depth: 4, maxNodes: 10 }],
      ['depth -1', { ids: ['nayib-bukele'], depth: -1, maxNodes: 10 }],
      ['both all and ids', { all: true, ids: ['nayib-bukele'], maxNodes: 10 }],
      ['a lowercase relation type', { ids: ['nayib-bukele'], relationTypes: ['said'], maxNodes: 10 }],
      ['a limit of 0', { ids: ['nayib-bukele'], maxNodes: 0 }],
    ];
    for (const [name, options] of cases) {
      it(`refuses ${name} with InvalidArgumentError`, async () => {
        await expect(collectExport(store, options)).rejects.toBeInstanceOf(InvalidArgumentError);
      });
    }

    it('refuses ids that name nothing with NotFoundError, at any depth', async () => {
      for (const depth of [0, 1]) {
        await expect(
          collectExport(store, { ids: ['no-such-entity'], depth, maxNodes: 10 }),
        ).rejects.toBeInstanceOf(NotFoundError);
      }
    });
  });
});

describe('subgraphOfBatch', () => {
  it('counts a self-relation once, as the stores do', () => {
    const batch = hub(1);
    const loop = { ...batch.relations[0], id: 'loop', source: 'agency', target: 'agency' } as Relation;
    const { nodes } = subgraphOfBatch({ ...batch, relations: [...batch.relations, loop] });
    expect(nodes.find((n) => n.id === 'agency')?.degree).toBe(2);
    expect(nodes.find((n) => n.id === 'speaker-1')?.degree).toBe(1);
  });
});

describe('exportBaseName', () => {
  it('names the whole graph, one entity, and several with a depth', () => {
    expect(exportBaseName({ all: true })).toBe('newsgraph-all');
    expect(exportBaseName({ ids: ['nayib-bukele'] })).toBe('newsgraph-nayib-bukele');
    expect(exportBaseName({ ids: ['nayib-bukele', 'cecot', 'x'], depth: 2 })).toBe(
      'newsgraph-nayib-bukele-and-2-more-depth-2',
    );
  });

  it('reduces anything that is not a slug to one', () => {
    expect(exportBaseName({ ids: ['../"Évil"\r\nname'] })).toMatch(/^newsgraph-[a-z0-9-]+$/);
  });
});

describe('resolveNames', () => {
  it('takes an existing id as it is', async () => {
    expect(await resolveNames(store, ['nayib-bukele'])).toEqual(['nayib-bukele']);
  });

  it('finds an entity by its exact name or alias, in any case', async () => {
    const person = seed.entities.find((e) => e.aliases.length > 0);
    if (person === undefined) throw new Error('the seed has no entity with an alias');
    const alias = person.aliases[0] ?? '';
    expect(await resolveNames(store, [person.name.toUpperCase(), alias.toLowerCase()])).toEqual([person.id]);
  });

  it('refuses a name that only partly matches, suggesting the closest entities', async () => {
    const person = seed.entities.find((e) => e.name.includes(' '));
    if (person === undefined) throw new Error('the seed has no two-word name');
    const partial = person.name.split(' ')[0] ?? '';
    const attempt = resolveNames(store, [partial.slice(0, -1)]);
    await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    await expect(attempt).rejects.toThrow(person.id);
  });

  it('suggests entities by word when the whole phrase matches nothing', async () => {
    const attempt = resolveNames(store, ['Senator Bukele']);
    await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    await expect(attempt).rejects.toThrow('nayib-bukele');
  });

  it('refuses a name two entities share, listing them', async () => {
    const batch = hub(2);
    const twin = batch.entities.find((e) => e.id === 'speaker-2');
    if (twin !== undefined) twin.name = 'Speaker 1';
    await withStoreOf(batch, async (twins) => {
      const attempt = resolveNames(twins, ['speaker 1']);
      await expect(attempt).rejects.toBeInstanceOf(InvalidArgumentError);
      await expect(attempt).rejects.toThrow('speaker-2');
    });
  });
});
