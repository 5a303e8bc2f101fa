import { gql } from '@/app/lib/graphql-client';
import { RELATION_EVIDENCE_QUERY } from '@/app/lib/queries';
import type { EvidenceView, RelationEvidenceResult } from '@/app/lib/queries';

/**
 * Every sentence of the relations among `entityIds` (a relation's two ends, or a path's entities), by
 * relation id, in one request. The canvas draws relations without evidence (app/lib/queries.ts); this is
 * how the details panel and a path's hops get theirs when a person opens them.
 */
export async function loadRelationEvidence(
  entityIds: readonly string[],
  signal: AbortSignal,
): Promise<Map<string, EvidenceView[]>> {
  const { subgraph } = await gql<RelationEvidenceResult>(
    RELATION_EVIDENCE_QUERY,
    { ids: [...new Set(entityIds)] },
    { signal },
  );
  return new Map(subgraph.edges.map((edge) => [edge.id, edge.evidence]));
}
