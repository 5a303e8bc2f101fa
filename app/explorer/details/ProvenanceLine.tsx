'use client';

import { gql } from '@/app/lib/graphql-client';
import { useAsync } from '@/app/lib/use-async';

const PROVENANCE_QUERY = `query Provenance($id: ID!) {
  entity(id: $id) { provenance { addedBy addedAt addedFrom created lastChangedBy lastChangedAt } }
}`;

interface ProvenanceResult {
  entity: {
    provenance: {
      addedBy: string;
      addedAt: string;
      addedFrom: string;
      created: boolean;
      lastChangedBy: string;
      lastChangedAt: string;
    } | null;
  } | null;
}

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

/** "Added by … on … from …" (and the last change, when another) for an entity, from the audit trail. */
export function ProvenanceLine({ id }: { id: string }) {
  const result = useAsync(`provenance:${id}`, (signal) =>
    gql<ProvenanceResult>(PROVENANCE_QUERY, { id }, { signal }).then((r) => r.entity?.provenance ?? null),
  );
  if (result.status !== 'ready' || result.data === null) return null;
  const p = result.data;
  const changedLater = p.lastChangedAt !== p.addedAt;
  return (
    <p className="details-meta" data-testid="provenance">
      {p.created ? 'Added' : 'Changed'} by {p.addedBy} on {day(p.addedAt)} from {p.addedFrom}
      {changedLater && `; last changed by ${p.lastChangedBy} on ${day(p.lastChangedAt)}`}.
    </p>
  );
}
