'use client';

import { useState } from 'react';
import { InlineFailure } from '@/app/lib/FailureAction';
import { gql } from '@/app/lib/graphql-client';
import { ENTITY_QUERY } from '@/app/lib/queries';
import type { EntityDetails, EntityResult, EntitySummary, RelationView } from '@/app/lib/queries';
import { humanizeType } from '@/app/lib/type-style';
import { useAsync } from '@/app/lib/use-async';
import { ArticleMentions } from './ArticleMentions';
import { ProvenanceLine } from './ProvenanceLine';
import { TypeLabel } from '@/app/lib/TypeSwatch';

interface NodeDetailsProps {
  id: string;
  summary: EntitySummary | undefined;
  expanding: boolean;
  onExpand: (entity: Pick<EntitySummary, 'id' | 'name'>) => void;
  onSelectRelation: (relation: RelationView) => void;
}

/** An entity: what it is, what it is connected to, and the sentences that mention it. */
export function NodeDetails({ id, summary, expanding, onExpand, onSelectRelation }: NodeDetailsProps) {
  const details = useAsync(`entity:${id}`, (signal) =>
    gql<EntityResult>(ENTITY_QUERY, { id }, { signal }).then((r) => r.entity),
  );
  const known = details.status === 'ready' ? (details.data ?? undefined) : undefined;
  const head = known ?? summary;

  return (
    <article className="details" data-testid="node-details" aria-busy={details.status === 'loading'}>
      <header className="details-header">
        {head !== undefined && <TypeLabel type={head.type} label={humanizeType(head.type)} />}
        <h2 id="panel-heading" className="panel-title" data-testid="details-title">
          {head?.name ?? id}
        </h2>
        {head !== undefined && (
          <p className="details-meta">
            {head.degree} relation{head.degree === 1 ? '' : 's'} in the graph
          </p>
        )}
        <ProvenanceLine id={id} />
        <button
          type="button"
          className="button-primary"
          onClick={() => onExpand({ id, name: head?.name ?? id })}
          disabled={expanding}
          data-testid="expand-button"
        >
          {expanding ? 'Expanding…' : 'Expand neighbours'}
        </button>
      </header>

      {details.status === 'loading' && <p className="details-loading">Loading details…</p>}
      {details.status === 'error' && (
        <p className="details-error">
          <InlineFailure what="load the details" error={details.error} onRetry={details.retry} />
        </p>
      )}
      {details.status === 'ready' && details.data === null && (
        <p className="details-error" role="alert">
          This entity is no longer in the graph. Reset to the overview to start again.
        </p>
      )}
      {known !== undefined && <EntityBody entity={known} onSelectRelation={onSelectRelation} />}
    </article>
  );
}

function EntityBody({
  entity,
  onSelectRelation,
}: {
  entity: EntityDetails;
  onSelectRelation: (relation: RelationView) => void;
}) {
  return (
    <>
      {entity.description !== null && <p className="details-description">{entity.description}</p>}
      {entity.aliases.length > 0 && (
        <p className="details-aliases" data-testid="aliases">
          <span className="details-label">Also known as</span> {entity.aliases.join(' · ')}
        </p>
      )}

      <section className="details-section" aria-labelledby="relations-heading">
        <h3 id="relations-heading" className="section-title">
          Relations <span className="section-count">{entity.relations.length}</span>
        </h3>
        {entity.relations.length === 0 ? (
          <p className="details-empty">No relations recorded.</p>
        ) : (
          <RelationList relations={entity.relations} selfId={entity.id} onSelect={onSelectRelation} />
        )}
      </section>

      <section className="details-section" aria-labelledby="mentions-heading">
        <h3 id="mentions-heading" className="section-title">
          Mentioned in{' '}
          <span className="section-count" data-testid="mention-article-count">
            {articleCount(entity)} article{articleCount(entity) === 1 ? '' : 's'}
          </span>
        </h3>
        {entity.evidence.length === 0 ? (
          <p className="details-empty">No sentences recorded.</p>
        ) : (
          <ArticleMentions evidence={entity.evidence} entityId={entity.id} />
        )}
      </section>
    </>
  );
}

function articleCount(entity: EntityDetails): number {
  return new Set(entity.evidence.map((e) => e.documentId)).size;
}

/** How many relations show before "Show all": enough to read, few enough that the evidence stays in view. */
const RELATIONS_SHOWN = 5;

function RelationList({
  relations,
  selfId,
  onSelect,
}: {
  relations: readonly RelationView[];
  selfId: string;
  onSelect: (relation: RelationView) => void;
}) {
  const [showAll, setShowAll] = useState(relations.length <= RELATIONS_SHOWN + 1);
  const shown = showAll ? relations : relations.slice(0, RELATIONS_SHOWN);
  return (
    <>
      <ul className="relation-list">
        {shown.map((relation) => (
          <li key={relation.id}>
            <RelationButton relation={relation} selfId={selfId} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {!showAll && (
        <button type="button" className="button-link show-all" onClick={() => setShowAll(true)}>
          Show all {relations.length} relations
        </button>
      )}
    </>
  );
}

/** One relation of the entity, read from the entity's side: "→ REPLIED_TO Hillary Clinton". */
function RelationButton({
  relation,
  selfId,
  onSelect,
}: {
  relation: RelationView;
  selfId: string;
  onSelect: (relation: RelationView) => void;
}) {
  const outgoing = relation.source.id === selfId;
  const other = outgoing ? relation.target : relation.source;
  const sentence = `${relation.source.name} ${humanizeType(relation.type).toLowerCase()} ${relation.target.name}`;
  return (
    <button
      type="button"
      className="relation-button"
      onClick={() => onSelect(relation)}
      title={`${sentence}: show evidence`}
      data-testid="relation-link"
      data-relation-id={relation.id}
    >
      <span className="relation-direction" aria-hidden="true">
        {outgoing ? '→' : '←'}
      </span>
      <span className="relation-type">{relation.type}</span>
      <TypeLabel type={other.type} label={other.name} />
      {(relation.statement ?? relation.role) !== null && (
        <span className="relation-statement">{relation.statement ?? relation.role}</span>
      )}
    </button>
  );
}
