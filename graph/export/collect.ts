import { ARGUMENTS, checkCount } from '../arguments';
import { InvalidArgumentError, NotFoundError } from '../errors';
import { assertRelationType, ID_PATTERN } from '../identifiers';
import { LIMITS } from '../limits';
import type { Document, EntityNode, GraphBatch, Relation, Subgraph } from '../model';
import type { GraphStore } from '../store';
import { ExportTooLargeError } from './limits';
import type { ExportInput } from './types';

/**
 * What to export, assembled in one place for the three ways to export (GraphQL `exportSubgraph`,
 * `GET /api/export`, `npm run export`), so they cannot drift apart: the same selection rules, the same
 * size limit, the same documents.
 */

export interface CollectOptions {
  /** The entities to export (depth 0) or to start from (depth ≥ 1). Required unless `all`. */
  ids?: readonly string[];
  /** 0: exactly `ids` and the relations among them; 1..3: everything within that many hops. Default 0. */
  depth?: number;
  /** Only relations of these types (UPPER_SNAKE_CASE); at depth ≥ 1 only these are followed. */
  relationTypes?: readonly string[];
  /** The whole graph, with every document; `ids` and `depth` must then be left out. */
  all?: boolean;
  /** The most entities the export may hold (ExportLimits.maxNodes); more is refused, never cut. */
  maxNodes: number;
}

/**
 * Public: reads what an export holds from `store`, with the documents its evidence and mentions point
 * into, so that every exported sentence keeps its text. Throws InvalidArgumentError for bad arguments,
 * ExportTooLargeError when the export would hold more than `maxNodes` entities, and NotFoundError for ids
 * that name nothing.
 */
export async function collectExport(store: GraphStore, options: CollectOptions): Promise<ExportInput> {
  const relationTypes = options.relationTypes?.map((t) => assertRelationType(t, 'export: relationTypes'));
  const depth = checkCount(ARGUMENTS.exportDepth, options.depth, 'export: depth');
  if (!Number.isInteger(options.maxNodes) || options.maxNodes < 1) {
    throw new InvalidArgumentError(`export: maxNodes ${options.maxNodes} must be a whole number from 1.`);
  }
  const ids = options.ids ?? [];

  if (options.all === true) {
    if (ids.length > 0 || depth > 0) {
      throw new InvalidArgumentError('export: give either "all" or ids (with a depth), not both.');
    }
    return collectAll(store, relationTypes, options.maxNodes);
  }
  if (ids.length === 0) {
    throw new InvalidArgumentError('export: give at least one entity id, or ask for the whole graph.');
  }

  const subgraph =
    depth === 0
      ? onlyTypes(await store.subgraph(ids), relationTypes)
      : await neighborhoodWithin(store, ids, depth, relationTypes, options.maxNodes);
  if (subgraph.nodes.length > options.maxNodes) throw new ExportTooLargeError(options.maxNodes);
  return { subgraph, documents: await documentsFor(store, subgraph) };
}

/**
 * The neighbourhood, asked for one node more than allowed so that "exactly at the limit" and "over it" can
 * be told apart; the store's own neighbourhood cap bounds what one call may ask for.
 */
async function neighborhoodWithin(
  store: GraphStore,
  ids: readonly string[],
  depth: number,
  relationTypes: readonly string[] | undefined,
  maxNodes: number,
): Promise<Subgraph> {
  const limit = Math.min(maxNodes + 1, LIMITS.maxNeighborhoodLimit);
  const subgraph = await store.neighborhood(ids, { depth, relationTypes, limit });
  if (subgraph.truncated || subgraph.nodes.length > maxNodes) {
    throw limit > maxNodes
      ? new ExportTooLargeError(maxNodes)
      : new ExportTooLargeError(
          limit,
          `a neighbourhood export holds at most ${limit}; narrow it (fewer ids, a smaller depth, relation types) or export the whole graph.`,
        );
  }
  return subgraph;
}

async function collectAll(
  store: GraphStore,
  relationTypes: readonly string[] | undefined,
  maxNodes: number,
): Promise<ExportInput> {
  // Counting first is cheap; reading a graph far over the limit only to refuse it is not.
  const { entityCount } = await store.stats();
  if (entityCount > maxNodes) throw new ExportTooLargeError(maxNodes);
  const batch = await store.readAll();
  if (batch.entities.length > maxNodes) throw new ExportTooLargeError(maxNodes);
  return {
    subgraph: onlyTypes(subgraphOfBatch(batch), relationTypes),
    documents: [...batch.documents].sort((a, b) => compare(a.id, b.id)),
  };
}

/** A whole batch as a Subgraph: entities get their degree, counted as the stores count it. */
export function subgraphOfBatch(batch: GraphBatch): Subgraph {
  const degree = new Map<string, number>();
  for (const relation of batch.relations) {
    degree.set(relation.source, (degree.get(relation.source) ?? 0) + 1);
    if (relation.target !== relation.source) {
      degree.set(relation.target, (degree.get(relation.target) ?? 0) + 1);
    }
  }
  const nodes: EntityNode[] = batch.entities.map((entity) => ({
    ...entity,
    degree: degree.get(entity.id) ?? 0,
  }));
  return { nodes, edges: batch.relations, truncated: false };
}

/** Keeps only relations of the given types; entities stay (they were asked for), with their full degree. */
function onlyTypes(subgraph: Subgraph, types: readonly string[] | undefined): Subgraph {
  if (types === undefined) return subgraph;
  const allowed = new Set(types);
  return { ...subgraph, edges: subgraph.edges.filter((edge: Relation) => allowed.has(edge.type)) };
}

/** The documents the subgraph's evidence and mentions point into, ordered by id, in as few calls as allowed. */
async function documentsFor(store: GraphStore, subgraph: Subgraph): Promise<Document[]> {
  const ids = new Set<string>();
  for (const node of subgraph.nodes) for (const m of node.mentions) ids.add(m.documentId);
  for (const edge of subgraph.edges) for (const e of edge.evidence) ids.add(e.documentId);
  const sorted = [...ids].sort(compare);
  const documents: Document[] = [];
  for (let i = 0; i < sorted.length; i += LIMITS.maxIds) {
    documents.push(...(await store.documents(sorted.slice(i, i + LIMITS.maxIds))));
  }
  return documents.sort((a, b) => compare(a.id, b.id));
}

/**
 * Public: the suggested file name (without extension) of an export, the same for every entry point:
 * `newsgraph-all`, `newsgraph-nayib-bukele`, `newsgraph-nayib-bukele-and-2-more-depth-2`. Ids are slugs
 * already; anything else is reduced to one, so the name is safe in a path and a Content-Disposition.
 */
export function exportBaseName(options: Pick<CollectOptions, 'ids' | 'depth' | 'all'>): string {
  if (options.all === true) return 'newsgraph-all';
  const [first, ...rest] = options.ids ?? [];
  const slug = (first ?? 'export')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const more = rest.length > 0 ? `-and-${rest.length}-more` : '';
  const depth = (options.depth ?? 0) > 0 ? `-depth-${options.depth}` : '';
  return `newsgraph-${slug || 'export'}${more}${depth}`;
}

/** How many suggestions a failed name look-up offers. */
const SUGGESTIONS = 5;

/**
 * Public (for `npm run export -- --around`): turns what a person typed into entity ids. An argument that
 * is the id of an entity is used as is; otherwise it must be the name or an alias of exactly one entity,
 * compared case-insensitively. Throws NotFoundError listing the closest names when there is none, and
 * InvalidArgumentError listing the candidates when the name is ambiguous.
 */
export async function resolveNames(store: GraphStore, namesOrIds: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const raw of namesOrIds) {
    const arg = raw.trim();
    if (ID_PATTERN.test(arg) && (await store.getEntity(arg)) !== null) {
      ids.push(arg);
      continue;
    }
    const hits = await store.search(arg, { limit: LIMITS.maxSearchLimit });
    const wanted = arg.toLowerCase();
    const exact = hits.filter((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase() === wanted));
    const [only, ...others] = exact;
    if (only !== undefined && others.length === 0) {
      ids.push(only.id);
      continue;
    }
    if (only !== undefined) {
      throw new InvalidArgumentError(
        `${JSON.stringify(arg)} names ${exact.length} entities: ${describe(exact)}; give the id instead.`,
      );
    }
    const suggestions = hits.length > 0 ? hits.slice(0, SUGGESTIONS) : await wordMatches(store, arg);
    throw new NotFoundError(
      suggestions.length > 0
        ? `No entity has the name, alias or id ${JSON.stringify(arg)}. Closest: ${describe(suggestions)}.`
        : `No entity has the name, alias or id ${JSON.stringify(arg)}, and no name is like it; try the explorer's search.`,
      [arg],
    );
  }
  return [...new Set(ids)];
}

/** When the whole phrase matches nothing, its longer words may still match something ("Bukele" in "President Bukele"). */
async function wordMatches(store: GraphStore, phrase: string): Promise<EntityNode[]> {
  const words = [...new Set(phrase.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3))].sort(
    (a, b) => b.length - a.length,
  );
  const found = new Map<string, EntityNode>();
  for (const word of words) {
    for (const hit of await store.search(word, { limit: SUGGESTIONS })) found.set(hit.id, hit);
    if (found.size >= SUGGESTIONS) break;
  }
  return [...found.values()].slice(0, SUGGESTIONS);
}

function describe(entities: readonly EntityNode[]): string {
  return entities.map((e) => `${e.name} (${e.id})`).join(', ');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
