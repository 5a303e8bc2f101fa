'use client';

import type { RelationView } from '@/app/lib/queries';
import { EvidenceInContext } from './EvidenceInContext';
import { TypeSwatch } from '@/app/lib/TypeSwatch';

interface EdgeDetailsProps {
  relation: RelationView;
  onSelectNode: (id: string) => void;
}

/** A relation: who did what to whom, in what capacity, and the sentences it was read from. */
export function EdgeDetails({ relation, onSelectNode }: EdgeDetailsProps) {
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
          Evidence <span className="section-count">{relation.evidence.length}</span>
        </h3>
        <ol className="evidence-list">
          {relation.evidence.map((evidence) => (
            <li key={`${evidence.documentId}:${evidence.start}`}>
              <EvidenceInContext evidence={evidence} about={relation.id} />
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
