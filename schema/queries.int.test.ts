import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphBatch, Relation } from '../graph/model';
import { createApolloServer } from './server';
import { execute } from './testing/execute';
import type { SeededStore } from './testing/seeded-store';
import { openSeededStore } from './testing/seeded-store';

/**
 * Every Query field of the contract, through the real server and a real embedded store loaded with the
 * seed bundles. Expectations are computed from the loaded batch, so the tests follow the data.
 */

interface NodeView {
  id: string;
  name: string;
  degree: number;
}
interface EdgeView {
  id: string;
  source: { id: string };
  target: { id: string };
}
interface SubgraphView {
  nodes: NodeView[];
  edges: EdgeView[];
  truncated: boolean;
}

const SUBGRAPH = 'nodes { id name degree } edges { id source { id } target { id } } truncated';

const server = createApolloServer();
let seeded: SeededStore;
let batch: GraphBatch;

beforeAll(async () => {
  seeded = await openSeededStore();
  batch = seeded.batch;
});
afterAll(async () => {
  await seeded.dispose();
});

function run<T>(query: string, variables?: Record<string, unknown>) {
  return execute<T>(server, seeded.store, query, variables);
}

function relationsOf(id: string): Relation[] {
  return batch.relations.filter((r) => r.source === id || r.target === id);
}

/** The entity with the most relations in the seed (ties by id), a good hub to start from. */
function busiest(): string {
  const ids = batch.entities.map((e) => e.id).sort();
  const best = ids.reduce((a, b) => (relationsOf(b).length > relationsOf(a).length ? b : a));
  return best;
}

function neighboursOf(id: string): Set<string> {
  return new Set(relationsOf(id).map((r) => (r.source === id ? r.target : r.source)));
}

/** Two entities with no relation between them but a common neighbour: exactly two hops apart. */
function twoHopsApart(): [string, string] {
  for (const a of batch.entities) {
    const near = neighboursOf(a.id);
    for (const b of batch.entities) {
      if (b.id === a.id || near.has(b.id)) continue;
      if ([...neighboursOf(b.id)].some((n) => near.has(n))) return [a.id, b.id];
    }
  }
  throw new Error('the seed has no two entities two hops apart');
}

function sorted(ids: Iterable<string>): string[] {
  return [...ids].sort();
}

describe('GraphQL API', () => {
  describe('#search', () => {
    it('finds an entity by its exact name first', async () => {
      const target = batch.entities[0];
      if (target === undefined) throw new Error('the seed has no entities');
      const result = await run<{ search: NodeView[] }>(
        'query($q: String!) { search(query: $q) { id name degree } }',
        {
          q: target.name,
        },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.search[0]?.id).toBe(target.id);
      expect(result.data?.search[0]?.degree).toBe(relationsOf(target.id).length);
    });

    it('keeps only the types asked for and at most `first` results', async () => {
      const type = batch.entities[0]?.type ?? 'Person';
      const result = await run<{ search: { type: string }[] }>(
        'query($types: [String!]) { search(query: "a", types: $types, first: 2) { type } }',
        { types: [type] },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.search.length).toBeGreaterThan(0);
      expect(result.data?.search.length).toBeLessThanOrEqual(2);
      expect(new Set(result.data?.search.map((e) => e.type))).toEqual(new Set([type]));
    });

    it('reads an explicit null like an omitted argument, so the default applies', async () => {
      const result = await run<{ search: unknown[] }>(
        'query($first: Int, $types: [String!]) { search(query: "e", first: $first, types: $types) { id } }',
        { first: null, types: null },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.search).toHaveLength(
        Math.min(
          10,
          batch.entities.filter((e) => /e/i.test(e.name) || e.aliases.some((a) => /e/i.test(a))).length,
        ),
      );
    });
  });

  describe('#entity', () => {
    it('returns the entity with its degree, aliases and evidence', async () => {
      const id = busiest();
      const expected = batch.entities.find((e) => e.id === id);
      const result = await run<{
        entity: { id: string; name: string; aliases: string[]; degree: number; evidence: unknown[] };
      }>('query($id: ID!) { entity(id: $id) { id name aliases degree evidence { sentence } } }', { id });
      expect(result.errors).toBeUndefined();
      expect(result.data?.entity).toEqual({
        id,
        name: expected?.name,
        aliases: expected?.aliases,
        degree: relationsOf(id).length,
        evidence: expected?.mentions.map((m) => ({ sentence: m.sentence })),
      });
    });

    it('returns null for an id that names nothing', async () => {
      const result = await run<{ entity: null }>('{ entity(id: "no-such-entity") { id } }');
      expect(result.errors).toBeUndefined();
      expect(result.data?.entity).toBeNull();
    });
  });

  describe('Entity.relations', () => {
    it('lists every relation of the entity, both directions by default', async () => {
      const id = busiest();
      const result = await run<{ entity: { relations: { id: string }[] } }>(
        'query($id: ID!) { entity(id: $id) { relations { id } } }',
        { id },
      );
      expect(result.errors).toBeUndefined();
      expect(sorted(result.data?.entity.relations.map((r) => r.id) ?? [])).toEqual(
        sorted(relationsOf(id).map((r) => r.id)),
      );
    });

    it('keeps only outgoing relations of the types asked for', async () => {
      const id = busiest();
      const outgoing = relationsOf(id).filter((r) => r.source === id);
      const type = outgoing[0]?.type ?? 'SAID';
      const result = await run<{ entity: { relations: { id: string }[] } }>(
        'query($id: ID!, $types: [String!]) { entity(id: $id) { relations(types: $types, direction: OUT) { id } } }',
        { id, types: [type] },
      );
      expect(result.errors).toBeUndefined();
      expect(sorted(result.data?.entity.relations.map((r) => r.id) ?? [])).toEqual(
        sorted(outgoing.filter((r) => r.type === type).map((r) => r.id)),
      );
    });
  });

  describe('Relation', () => {
    it('resolves source and target to the entities its ids name, with statement and role', async () => {
      const relation = batch.relations.find((r) => r.role !== null) ?? batch.relations[0];
      if (relation === undefined) throw new Error('the seed has no relations');
      const result = await run<{
        subgraph: {
          edges: { id: string; source: { name: string }; target: { name: string }; role: string | null }[];
        };
      }>(
        'query($ids: [ID!]!) { subgraph(ids: $ids) { edges { id role statement source { name } target { name } } } }',
        {
          ids: [relation.source, relation.target],
        },
      );
      expect(result.errors).toBeUndefined();
      const edge = result.data?.subgraph.edges.find((e) => e.id === relation.id);
      const name = (id: string) => batch.entities.find((e) => e.id === id)?.name;
      expect(edge).toEqual({
        id: relation.id,
        role: relation.role,
        statement: relation.statement,
        source: { name: name(relation.source) },
        target: { name: name(relation.target) },
      });
    });

    it('lists the documents its evidence comes from, each once, without the sentences', async () => {
      const relation = batch.relations.find((r) => r.evidence.length > 1) ?? batch.relations[0];
      if (relation === undefined) throw new Error('the seed has no relations');
      const result = await run<{ subgraph: { edges: { id: string; documentIds: string[] }[] } }>(
        'query($ids: [ID!]!) { subgraph(ids: $ids) { edges { id documentIds } } }',
        { ids: [relation.source, relation.target] },
      );
      expect(result.errors).toBeUndefined();
      const edge = result.data?.subgraph.edges.find((e) => e.id === relation.id);
      expect(edge?.documentIds).toEqual([...new Set(relation.evidence.map((e) => e.documentId))]);
    });
  });

  describe('Evidence', () => {
    it('resolves its document, whose text holds the sentence at the given offsets', async () => {
      const result = await run<{
        overview: {
          edges: {
            evidence: {
              documentId: string;
              sentence: string;
              start: number;
              end: number;
              document: { id: string; text: string };
            }[];
          }[];
        };
      }>(
        '{ overview(limit: 500) { edges { evidence { documentId sentence start end document { id text } } } } }',
      );
      expect(result.errors).toBeUndefined();
      const evidence = result.data?.overview.edges.flatMap((e) => e.evidence) ?? [];
      expect(evidence.length).toBe(batch.relations.reduce((n, r) => n + r.evidence.length, 0));
      for (const e of evidence) {
        expect(e.document.id).toBe(e.documentId);
        expect(e.document.text.slice(e.start, e.end)).toBe(e.sentence);
      }
    });
  });

  describe('#neighborhood', () => {
    it('returns the seed, its direct neighbours and the relations among them', async () => {
      const id = busiest();
      const result = await run<{ neighborhood: SubgraphView }>(
        `query($ids: [ID!]!) { neighborhood(ids: $ids) { ${SUBGRAPH} } }`,
        { ids: [id] },
      );
      expect(result.errors).toBeUndefined();
      const hood = result.data?.neighborhood;
      expect(sorted(hood?.nodes.map((n) => n.id) ?? [])).toEqual(sorted([id, ...neighboursOf(id)]));
      const inside = new Set(hood?.nodes.map((n) => n.id));
      for (const edge of hood?.edges ?? []) {
        expect(inside.has(edge.source.id) && inside.has(edge.target.id)).toBe(true);
      }
      expect(hood?.truncated).toBe(false);
    });

    it('marks the result truncated when the limit cuts it', async () => {
      const id = busiest();
      const result = await run<{ neighborhood: SubgraphView }>(
        `query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2, limit: 2) { ${SUBGRAPH} } }`,
        { ids: [id] },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.neighborhood.nodes).toHaveLength(2);
      expect(result.data?.neighborhood.truncated).toBe(true);
    });
  });

  describe('#shortestPath', () => {
    it('returns the path in order between two entities two hops apart', async () => {
      const [from, to] = twoHopsApart();
      const result = await run<{ shortestPath: SubgraphView | null }>(
        `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { ${SUBGRAPH} } }`,
        { from, to },
      );
      expect(result.errors).toBeUndefined();
      const nodes = result.data?.shortestPath?.nodes.map((n) => n.id);
      expect(nodes).toHaveLength(3);
      expect(nodes?.[0]).toBe(from);
      expect(nodes?.[2]).toBe(to);
      expect(result.data?.shortestPath?.edges).toHaveLength(2);
    });

    it('returns null when no path is within maxDepth', async () => {
      const [from, to] = twoHopsApart();
      const result = await run<{ shortestPath: null }>(
        'query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxDepth: 1) { truncated } }',
        { from, to },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.shortestPath).toBeNull();
    });
  });

  describe('#subgraph', () => {
    it('returns the named entities and every relation between two of them', async () => {
      const id = busiest();
      const ids = [id, ...neighboursOf(id)];
      const result = await run<{ subgraph: SubgraphView }>(
        `query($ids: [ID!]!) { subgraph(ids: $ids) { ${SUBGRAPH} } }`,
        {
          ids,
        },
      );
      expect(result.errors).toBeUndefined();
      const chosen = new Set(ids);
      const induced = batch.relations.filter((r) => chosen.has(r.source) && chosen.has(r.target));
      expect(sorted(result.data?.subgraph.nodes.map((n) => n.id) ?? [])).toEqual(sorted(ids));
      expect(sorted(result.data?.subgraph.edges.map((e) => e.id) ?? [])).toEqual(
        sorted(induced.map((r) => r.id)),
      );
    });

    it('fails with NOT_FOUND for an unknown id, unless skipMissing lists it in `missing`', async () => {
      const id = busiest();
      const query = `query($ids: [ID!]!, $skip: Boolean) {
        subgraph(ids: $ids, skipMissing: $skip) { nodes { id } missing }
      }`;
      const refused = await run(query, { ids: [id, 'was-deleted'] });
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const result = await run<{ subgraph: { nodes: { id: string }[]; missing: string[] } }>(query, {
        ids: ['was-deleted', id],
        skip: true,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.subgraph).toEqual({ nodes: [{ id }], missing: ['was-deleted'] });
    });

    it('lists nothing as missing where no ids are looked up (a neighbourhood, the overview)', async () => {
      const result = await run<{ overview: { missing: string[] }; neighborhood: { missing: string[] } }>(
        `query($id: ID!) { overview(limit: 2) { missing } neighborhood(ids: [$id]) { missing } }`,
        { id: busiest() },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ overview: { missing: [] }, neighborhood: { missing: [] } });
    });
  });

  describe('#overview', () => {
    it('returns the `limit` most connected entities', async () => {
      const result = await run<{ overview: SubgraphView }>(`{ overview(limit: 3) { ${SUBGRAPH} } }`);
      expect(result.errors).toBeUndefined();
      const degrees = batch.entities.map((e) => relationsOf(e.id).length).sort((a, b) => b - a);
      expect(result.data?.overview.nodes.map((n) => n.degree)).toEqual(degrees.slice(0, 3));
    });

    it('shows 40 entities at most by default', async () => {
      const result = await run<{ overview: SubgraphView }>(`{ overview { ${SUBGRAPH} } }`);
      expect(result.errors).toBeUndefined();
      expect(result.data?.overview.nodes).toHaveLength(Math.min(40, batch.entities.length));
    });
  });

  describe('#stats', () => {
    it('counts entities, relations and documents, and each type', async () => {
      const result = await run<{
        stats: {
          entityCount: number;
          relationCount: number;
          documentCount: number;
          entityTypes: { type: string; count: number }[];
          relationTypes: { type: string; count: number }[];
        };
      }>(
        '{ stats { entityCount relationCount documentCount entityTypes { type count } relationTypes { type count } } }',
      );
      expect(result.errors).toBeUndefined();
      const stats = result.data?.stats;
      expect(stats?.entityCount).toBe(batch.entities.length);
      expect(stats?.relationCount).toBe(batch.relations.length);
      expect(stats?.documentCount).toBe(batch.documents.length);
      expect(stats?.entityTypes.reduce((n, t) => n + t.count, 0)).toBe(batch.entities.length);
      expect(stats?.relationTypes.reduce((n, t) => n + t.count, 0)).toBe(batch.relations.length);
    });
  });

  describe('#documents', () => {
    it('lists every document, ordered by id', async () => {
      const result = await run<{ documents: { id: string; title: string }[] }>('{ documents { id title } }');
      expect(result.errors).toBeUndefined();
      expect(result.data?.documents.map((d) => d.id)).toEqual(sorted(batch.documents.map((d) => d.id)));
    });
  });

  describe('#document', () => {
    it('returns one document with its text', async () => {
      const expected = batch.documents[0];
      if (expected === undefined) throw new Error('the seed has no documents');
      const result = await run<{ document: unknown }>(
        'query($id: ID!) { document(id: $id) { id title source publishedAt text } }',
        { id: expected.id },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.document).toEqual(expected);
    });

    it('returns null for an id that names nothing', async () => {
      const result = await run<{ document: null }>('{ document(id: "no-such-document") { id } }');
      expect(result.errors).toBeUndefined();
      expect(result.data?.document).toBeNull();
    });
  });
});
