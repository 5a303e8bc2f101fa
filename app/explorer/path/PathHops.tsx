'use client';

import { loadRelationEvidence } from '@/app/explorer/details/relation-evidence';
import type { RelationView } from '@/app/lib/queries';
import { useAsync } from '@/app/lib/use-async';
import type { PathHop } from './path-chain';
import { PathHopItem } from './PathHopItem';

/**
 * A drawn path's hops in path order, each with its evidence: the path was drawn from summaries, so the
 * sentences of all its hops are asked for here, in one request.
 */
export function PathHops({
  hops,
  onSelectRelation,
}: {
  hops: readonly PathHop[];
  onSelectRelation(relation: RelationView): void;
}) {
  const entityIds = hops.flatMap((hop) => [hop.from.id, hop.to.id]);
  const evidence = useAsync(`path-evidence:${hops.map((h) => h.relation.id).join(',')}`, (signal) =>
    loadRelationEvidence(entityIds, signal),
  );
  return (
    <ol className="path-hops" aria-label="Hops in path order">
      {hops.map((hop) => (
        <PathHopItem
          key={hop.relation.id}
          hop={hop}
          evidence={
            evidence.status === 'ready' ? (evidence.data.get(hop.relation.id) ?? []) : evidence.status
          }
          onSelectRelation={onSelectRelation}
        />
      ))}
    </ol>
  );
}
