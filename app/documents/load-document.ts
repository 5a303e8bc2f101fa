import type { StoreUnavailableError } from '@/graph/errors';
import { DEFAULT_EXPANSION_LIMIT } from '@/app/explorer/expansion/expansion';
import { ID_PATTERN } from '@/graph/identifiers';
import { LIMITS } from '@/graph/limits';
import type { Document, EntityNode, Relation } from '@/graph/model';
import type { GraphStore } from '@/graph/store';

/**
 * What the document pages read from the store, on the server. The answers are tagged so the page says
 * plainly which case it is in: an article, no such article (a 404), or a store it cannot reach (a message,
 * not a crash). Any other failure is a bug and is thrown for Next's error handling.
 */

/** The short form of an entity the page names: a relation's end or a mentioned entity. */
export interface EntityRef {
  id: string;
  name: string;
  type: string;
}

export interface ArticleData {
  document: Document;
  /** The entities the article mentions, by id. */
  entities: EntityNode[];
  /** The relations the article is evidence for, by id. */
  relations: Relation[];
  /** Every entity the page names (mentioned ones and the ends of the relations), by id. */
  names: ReadonlyMap<string, EntityRef>;
  /**
   * For each mentioned entity, its most connected neighbours in the whole graph (at most the explorer's
   * expansion size): a mention's link draws the entity with them, as choosing it in the search does.
   */
  neighbours: ReadonlyMap<string, readonly string[]>;
}

export interface Found<T> {
  kind: 'found';
  data: T;
}
export interface Unavailable {
  kind: 'unavailable';
  message: string;
}
export type Loaded<T> = Found<T> | { kind: 'not-found' } | Unavailable;

/**
 * One article with what it links to: four store calls at most (document, links, missing relation ends,
 * the mentioned entities' neighbourhood).
 */
export async function loadArticle(
  getStore: () => Promise<GraphStore>,
  id: string,
): Promise<Loaded<ArticleData>> {
  // Anything that is not a slug names no document; the store is not asked.
  if (!ID_PATTERN.test(id)) return { kind: 'not-found' };
  return whenAvailable<Loaded<ArticleData>>(async () => {
    const store = await getStore();
    const [documents, links] = await Promise.all([store.documents([id]), store.documentLinks([id])]);
    const document = documents[0];
    if (document === undefined) return { kind: 'not-found' };
    const entities = links[0]?.entities ?? [];
    const relations = links[0]?.relations ?? [];

    const names = new Map<string, EntityRef>(entities.map((e) => [e.id, entityRef(e)]));
    const missing = [...new Set(relations.flatMap((r) => [r.source, r.target]))].filter((e) => !names.has(e));
    if (missing.length > 0) for (const e of await store.getEntities(missing)) names.set(e.id, entityRef(e));
    const neighbours = await neighboursOf(store, entities);
    return { kind: 'found', data: { document, entities, relations, names, neighbours } };
  });
}

/** Each entity's neighbours, most connected first, from one neighbourhood read of them all. */
async function neighboursOf(
  store: GraphStore,
  entities: readonly EntityNode[],
): Promise<ReadonlyMap<string, readonly string[]>> {
  const seeds = entities.slice(0, LIMITS.maxIds).map((e) => e.id);
  if (seeds.length === 0) return new Map();
  const around = await store.neighborhood(seeds, { depth: 1, limit: LIMITS.maxNeighborhoodLimit });
  const degree = new Map(around.nodes.map((n) => [n.id, n.degree]));
  const found = new Map<string, Set<string>>(seeds.map((id) => [id, new Set()]));
  for (const { source, target } of around.edges) {
    if (source !== target) {
      found.get(source)?.add(target);
      found.get(target)?.add(source);
    }
  }
  const byDegree = (a: string, b: string) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1);
  return new Map(
    [...found].map(([id, ids]) => [id, [...ids].sort(byDegree).slice(0, DEFAULT_EXPANSION_LIMIT)]),
  );
}

/** One line of the article list: the article and how much of the graph was read from it. */
export type ArticleListItem = Document & {
  entityCount: number;
  relationCount: number;
  /** The entities it mentions, with their degree (for a link that draws them in the explorer). */
  entities: { id: string; degree: number }[];
};

/** Every article, ordered by id, with the number of entities it mentions and relations it supports (the index page): two store calls. */
export function loadArticleList(
  getStore: () => Promise<GraphStore>,
): Promise<Found<ArticleListItem[]> | Unavailable> {
  return whenAvailable<Found<ArticleListItem[]>>(async () => {
    const store = await getStore();
    const documents = await store.documents();
    const links = new Map(
      (await store.documentLinks(documents.map((d) => d.id))).map((l) => [l.documentId, l]),
    );
    return {
      kind: 'found',
      data: documents.map((d) => ({
        ...d,
        entityCount: links.get(d.id)?.entities.length ?? 0,
        relationCount: links.get(d.id)?.relations.length ?? 0,
        entities: (links.get(d.id)?.entities ?? []).map((e) => ({ id: e.id, degree: e.degree })),
      })),
    };
  });
}

async function whenAvailable<R>(work: () => Promise<R>): Promise<R | Unavailable> {
  try {
    return await work();
  } catch (error) {
    if (isStoreUnavailable(error)) return { kind: 'unavailable', message: error.message };
    throw error;
  }
}

/**
 * By the error's stable code, not `instanceof`: the shared store (app/server/store.ts, kept on globalThis)
 * may have been opened by an API route, whose server bundle has its own copy of the error classes, so its
 * errors are not instances of this bundle's StoreUnavailableError.
 */
function isStoreUnavailable(error: unknown): error is Error {
  const code: StoreUnavailableError['code'] = 'SERVICE_UNAVAILABLE';
  return error instanceof Error && (error as { code?: unknown }).code === code;
}

function entityRef({ id, name, type }: EntityNode): EntityRef {
  return { id, name, type };
}
