'use client';

import type { RelationView } from '@/app/lib/queries';
import { useAsync } from '@/app/lib/use-async';
import { EvidenceInContext } from './EvidenceInContext';
import { loadRelationEvidence } from './relation-evidence';
import { TypeSwatch } from '@/app/lib/TypeSwatch';

interface EdgeDetailsProps {
  relation: RelationView;
  onSelectNode: (id: string) => void;
}

/**
 * A relation: who did what to whom, in what capacity, and the sentences it was read from (asked for when
 * the relation is opened: the canvas draws it without them).
 */
export function EdgeDetails({ relation, onSelectNode }: EdgeDetailsProps) {
  const evidence = useAsync(`relation-evidence:${relation.id}`, async (signal) => {
    const byRelation = await loadRelationEvidence([relation.source.id, relation.target.id], signal);
    return byRelation.get(relation.id) ?? [];
  });
  const sentences = evidence.status === 'ready' ? evidence.data : [];
  return (
    <article className="details" data-testid="edge-details">
      <header className="details-header">
        <span className="details-eyebrow">Relation</span>
        <h2 id="panel-heading" className="panel-title edge-title" data-testid="edge-title">
          <EndButton end={relation.source} onSelectNode={onSelectNode} />
          <span className="edge-type">
            <span aria-hidden="true">—</span>
            {relation.type}
            <span aria-hidden="true">→</span>
          </span>
          <EndButton end={relation.target} onSelectNode={onSelectNode} />
        </h2>
      </header>

      {relation.statement !== null && (
        <div className="details-field">
          <span className="details-label">Statement</span>
          <p className="details-statement" data-testid="edge-statement">
            {relation.statement}
          </p>
        </div>
      )}
      {relation.role !== null && (
        <div className="details-field">
          <span className="details-label">Role</span>
          <p data-testid="edge-role">{relation.role}</p>
        </div>
      )}

      <section className="details-section" aria-labelledby="evidence-heading">
        <h3 id="evidence-heading" className="section-title">
          Evidence {evidence.status === 'ready' && <span className="section-count">{sentences.length}</span>}
        </h3>
        {evidence.status === 'loading' && <p className="details-loading">Loading the sentences…</p>}
        {evidence.status === 'error' && (
          <p className="details-error" role="alert">
            The sentences could not be loaded.{' '}
            <button type="button" className="button-link" onClick={evidence.retry}>
              Try again
            </button>
          </p>
        )}
        <ol className="evidence-list">
          {sentences.map((sentence) => (
            <li key={`${sentence.documentId}:${sentence.start}`}>
              <EvidenceInContext evidence={sentence} about={relation.id} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

function EndButton({
  end,
  onSelectNode,
}: {
  end: RelationView['source'];
  onSelectNode: (id: string) => void;
}) {
  return (
    <button
      type="button"
      className="end-button"
      onClick={() => onSelectNode(end.id)}
      aria-label={`${end.name}: show entity`}
    >
      <TypeSwatch type={end.type} />
      {end.name}
    </button>
  );
}
