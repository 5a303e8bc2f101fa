import type { Document, EntityNode, GraphStats, Subgraph } from '../../graph/model';
import type { ArgumentsOf } from '../arguments';
import {
  idArg,
  neighborhoodArgs,
  overviewArgs,
  parseArguments,
  searchArgs,
  shortestPathArgs,
  subgraphArgs,
} from '../arguments';
import type { GraphQLContext } from '../context';
import { exportSubgraph } from './export';
import type { FieldResolver } from './types';

/**
 * The Query root. Each resolver checks its arguments, then makes one store call. Returned entities are
 * primed into the request's entity loader, so the `source`/`target` of the edges that come with them cost
 * no further store call at all.
 */
export const Query = {
  search: (async (_root, args, { store, entities }) => {
    const { query, types, first } = parseArguments(searchArgs, args);
    return prime(entities, await store.search(query, { types, limit: first }));
  }) satisfies FieldResolver<unknown, ArgumentsOf<typeof searchArgs>, EntityNode[]>,

  entity: (async (_root, args, { store, entities }) => {
    const { id } = parseArguments(idArg, args);
    const entity = await store.getEntity(id);
    if (entity !== null) entities.prime(entity.id, entity);
    return entity;
  }) satisfies FieldResolver<unknown, ArgumentsOf<typeof idArg>, EntityNode | null>,

  neighborhood: (async (_root, args, context) => {
    const { ids, ...options } = parseArguments(neighborhoodArgs, args);
    return primeSubgraph(context, await context.store.neighborhood(ids, options));
  }) satisfies FieldResolver<unknown, ArgumentsOf<typeof neighborhoodArgs>, Subgraph>,

  shortestPath: (async (_root, args, context) => {
    const { from, to, ...options } = parseArguments(shortestPathArgs, args);
    const path = await context.store.shortestPath(from, to, options);
    return path === null ? null : primeSubgraph(context, path);
  }) satisfies FieldResolver<unknown, ArgumentsOf<typeof shortestPathArgs>, Subgraph | null>,

  subgraph: (async (_root, args, context) => {
    const { ids, skipMissing } = parseArguments(subgraphArgs, args);
    return primeSubgraph(context, await context.store.subgraph(ids, { skipMissing }));
  }) satisfies FieldResolver<unknown, ArgumentsOf<typeof subgraphArgs>, Subgraph>,

  overview: (async (_root, args, context) => {
    const { limit } = parseArguments(overviewArgs, args);
    return primeSubgraph(context, await context.store.overview(limit));
  }) satisfies FieldResolver<unknown, ArgumentsOf<typeof overviewArgs>, Subgraph>,

  stats: ((_root, _args, { store }) => store.stats()) satisfies FieldResolver<unknown, unknown, GraphStats>,

  documents: (async (_root, _args, { store, documents }) => {
    const all = await store.documents();
    for (const document of all) documents.prime(document.id, document);
    return all;
  }) satisfies FieldResolver<unknown, unknown, Document[]>,

  document: ((_root, args, { documents }) => {
    const { id } = parseArguments(idArg, args);
    return documents.load(id);
  }) satisfies FieldResolver<unknown, ArgumentsOf<typeof idArg>, Document | null>,

  exportSubgraph,
};

function prime(loader: GraphQLContext['entities'], nodes: EntityNode[]): EntityNode[] {
  for (const node of nodes) loader.prime(node.id, node);
  return nodes;
}

function primeSubgraph(context: GraphQLContext, subgraph: Subgraph): Subgraph {
  prime(context.entities, subgraph.nodes);
  for (const node of subgraph.nodes) context.knownEntities.set(node.id, node);
  return subgraph;
}
