import type { EntityDecision } from '@/graph/drafts/review-schema';
import type { DraftEntity } from '@/graph/extract/draft';
import { Confidence, DecisionButtons } from './DecisionButtons';

/** The id of the one list of the graph's entity names that every merge field suggests from. */
export const GRAPH_ENTITIES_LIST = 'graph-entities';

export interface GraphEntityRef {
  id: string;
  name: string;
  type: string;
}

/**
 * One proposed entity: accept or reject it, rename or retype it, or merge it with an entity the graph
 * already holds. Link suggestions ("same as CBS News?") are offered, never applied without a click.
 */
export function EntityCard({
  entity,
  decision,
  graphEntities,
  onChange,
}: {
  entity: DraftEntity;
  decision: EntityDecision;
  graphEntities: readonly GraphEntityRef[];
  onChange: (decision: EntityDecision) => void;
}) {
  const mergedInto = graphEntities.find((g) => g.id === decision.mergeInto);
  return (
    <li
      className={`proposal proposal-${decision.status}`}
      data-testid="entity-proposal"
      data-entity-id={entity.id}
    >
      <div className="proposal-head">
        <strong className="proposal-name">{decision.name ?? entity.name}</strong>
        <span className="proposal-type">{decision.type ?? entity.type}</span>
        {entity.existing === true && <span className="badge">in the graph</span>}
        {mergedInto !== undefined && <span className="badge">same as {mergedInto.name}</span>}
        <Confidence value={entity.confidence} extractor={entity.extractor} />
      </div>
      {entity.suggestions?.map((s) =>
        decision.mergeInto === s.id ? null : (
          <button
            key={s.id}
            type="button"
            className="link-suggestion"
            onClick={() => onChange({ ...decision, status: 'accepted', mergeInto: s.id })}
          >
            Same as {s.name} ({s.type})? <span className="field-hint">{s.reason}</span>
          </button>
        ),
      )}
      <DecisionButtons
        status={decision.status}
        label={entity.name}
        onChange={(status) => onChange({ ...decision, status })}
      />
      <details className="proposal-edit">
        <summary>Edit</summary>
        <label>
          Name
          <input
            defaultValue={decision.name ?? entity.name}
            maxLength={200}
            onBlur={(e) => {
              const name = e.currentTarget.value.trim();
              if (name !== '' && name !== (decision.name ?? entity.name)) {
                onChange({ ...decision, name: name === entity.name ? undefined : name });
              }
            }}
          />
        </label>
        <label>
          Type
          <input
            defaultValue={decision.type ?? entity.type}
            pattern="[A-Z][A-Za-z0-9]{0,63}"
            title="A PascalCase type, e.g. Person, Organization, MediaOrganization"
            onBlur={(e) => {
              const type = e.currentTarget.value.trim();
              if (/^[A-Z][A-Za-z0-9]{0,63}$/.test(type) && type !== (decision.type ?? entity.type)) {
                onChange({ ...decision, type: type === entity.type ? undefined : type });
              }
            }}
          />
        </label>
        <label>
          Merge with an entity in the graph
          <input
            list={GRAPH_ENTITIES_LIST}
            placeholder="Type a name"
            defaultValue={mergedInto?.name ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value.trim().toLowerCase();
              const match = graphEntities.find((g) => g.name.toLowerCase() === value || g.id === value);
              if (match !== undefined && match.id !== decision.mergeInto) {
                onChange({ ...decision, status: 'accepted', mergeInto: match.id });
              } else if (value === '' && decision.mergeInto !== undefined) {
                onChange({ ...decision, mergeInto: undefined });
              }
            }}
          />
        </label>
      </details>
    </li>
  );
}
