import type { EntityDecision } from '@/graph/drafts/review-schema';
import type { DraftEntity } from '@/graph/extract/draft';
import { Confidence, DecisionButtons } from './DecisionButtons';
import { useGraphLookup } from './use-graph-lookup';

export interface GraphEntityRef {
  id: string;
  name: string;
  type: string;
}

/**
 * One proposed entity: accept or reject it, rename or retype it, merge it with an entity the graph
 * already holds or with another proposal of the draft, and undo that merge. Link suggestions ("same as
 * CBS News?") are offered, never applied without a click. A merge moves nothing until the draft is
 * accepted, so undoing it gives the proposal back with every sentence it had.
 */
export function EntityCard({
  entity,
  decision,
  graphEntities,
  proposals,
  mergedHere,
  onFound,
  onChange,
}: {
  entity: DraftEntity;
  decision: EntityDecision;
  /** Entities of the graph the page knows: the ones the draft links to or suggests, and any picked since. */
  graphEntities: readonly GraphEntityRef[];
  /** Tells the page about an entity of the graph the reviewer picked from a lookup. */
  onFound: (entity: GraphEntityRef) => void;
  /** The draft's other proposals this one may be merged with. */
  proposals: readonly GraphEntityRef[];
  /** Names of the proposals merged with this one. */
  mergedHere: readonly string[];
  onChange: (decision: EntityDecision) => void;
}) {
  const mergedInto = graphEntities.find((g) => g.id === decision.mergeInto);
  const mergedWith = proposals.find((p) => p.id === decision.mergeWith);
  const merge = mergedWith ?? mergedInto;
  const { found, lookUp } = useGraphLookup();
  const offered = [...graphEntities, ...found.filter((f) => !graphEntities.some((g) => g.id === f.id))];
  const listId = `merge-options-${entity.id}`;
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
        <Confidence value={entity.confidence} extractor={entity.extractor} />
      </div>
      {merge !== undefined && (
        <p className="proposal-merge" data-testid="merge-state">
          <span className="badge">
            {mergedWith !== undefined ? 'merged with' : 'same as'} {merge.name}
          </span>{' '}
          <button
            type="button"
            data-testid="undo-merge"
            onClick={() => onChange({ ...decision, mergeInto: undefined, mergeWith: undefined })}
          >
            Undo merge
          </button>
        </p>
      )}
      {mergedHere.length > 0 && (
        <p className="field-hint" data-testid="merged-here">
          Merged here: {mergedHere.join(', ')} (their sentences come with this entity)
        </p>
      )}
      {entity.suggestions?.map((s) =>
        decision.mergeInto === s.id ? null : (
          <button
            key={s.id}
            type="button"
            className="link-suggestion"
            onClick={() =>
              onChange({ ...decision, status: 'accepted', mergeInto: s.id, mergeWith: undefined })
            }
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
          Merge with another proposal
          <select
            value={decision.mergeWith ?? ''}
            onChange={(e) => {
              const id = e.currentTarget.value;
              onChange(
                id === ''
                  ? { ...decision, mergeWith: undefined }
                  : { ...decision, status: 'accepted', mergeWith: id, mergeInto: undefined },
              );
            }}
          >
            <option value="">(none)</option>
            {proposals.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.type})
              </option>
            ))}
          </select>
        </label>
        <label>
          Merge with an entity in the graph
          <input
            // A new input when the merge changes (Undo merge clears what was typed).
            key={decision.mergeInto ?? ''}
            list={listId}
            placeholder="Type a name"
            defaultValue={mergedInto?.name ?? ''}
            data-testid="merge-into-graph"
            onChange={(e) => {
              const value = e.currentTarget.value.trim().toLowerCase();
              const match = offered.find((g) => g.name.toLowerCase() === value || g.id === value);
              if (match !== undefined && match.id !== decision.mergeInto) {
                onFound(match);
                onChange({ ...decision, status: 'accepted', mergeInto: match.id, mergeWith: undefined });
              } else if (value === '' && decision.mergeInto !== undefined) {
                onChange({ ...decision, mergeInto: undefined });
              } else if (match === undefined) {
                lookUp(e.currentTarget.value);
              }
            }}
          />
        </label>
        <datalist id={listId}>
          {offered.map((g) => (
            <option key={g.id} value={g.name}>
              {g.type}
            </option>
          ))}
        </datalist>
      </details>
    </li>
  );
}
