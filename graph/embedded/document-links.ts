import type { Evidence } from '../model';
import type { DocumentLinks } from '../store';
import type { GraphState } from './graph-state';
import { compareStrings, entityNode, relationCopy } from './graph-state';

/**
 * The embedded store's answer to `GraphStore.documentLinks`: one pass over the entities and one over the
 * relations, whatever the number of documents asked for, collecting each into every document it points at.
 */
export function documentLinksOf(state: GraphState, ids: readonly string[]): DocumentLinks[] {
  const { graph, documents } = state;
  const known = [...new Set(ids)].filter((id) => documents.has(id)).sort(compareStrings);
  const links = new Map<string, { entityIds: string[]; relationIds: string[] }>(
    known.map((id) => [id, { entityIds: [], relationIds: [] }]),
  );

  graph.forEachNode((id, entity) => {
    for (const documentId of documentIdsOf(entity.mentions)) links.get(documentId)?.entityIds.push(id);
  });
  graph.forEachEdge((id, relation) => {
    for (const documentId of documentIdsOf(relation.evidence)) links.get(documentId)?.relationIds.push(id);
  });

  return known.map((documentId) => {
    const { entityIds, relationIds } = links.get(documentId) ?? { entityIds: [], relationIds: [] };
    return {
      documentId,
      entities: entityIds.sort(compareStrings).map((id) => entityNode(graph, id)),
      relations: relationIds.sort(compareStrings).map((id) => relationCopy(graph, id)),
    };
  });
}

/** The documents a list of spans points into, each once. */
function documentIdsOf(spans: readonly Evidence[]): Set<string> {
  return new Set(spans.map((span) => span.documentId));
}
