import { useId } from 'react';
import type { RelationDecision } from '@/graph/drafts/review-schema';
import type { DraftEntity, DraftRelation } from '@/graph/extract/draft';
import { Confidence, DecisionButtons } from './DecisionButtons';

const TYPE_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/**
 * One proposed relation beside the sentence it was read from: accept or reject it, change its type, its
 * ends or its statement. Focusing it highlights the sentence in the article.
 */
export function RelationCard({
  relation,
  decision,
  entities,
  onChange,
  onFocusSentence,
}: {
  relation: DraftRelation;
  decision: RelationDecision;
  entities: readonly DraftEntity[];
  onChange: (decision: RelationDecision) => void;
  onFocusSentence: (start: number | null) => void;
}) {
  const nameOf = (id: string) => entities.find((e) => e.id === id)?.name ?? id;
  const source = decision.source ?? relation.source;
  const target = decision.target ?? relation.target;
  const type = decision.type ?? relation.type;
  const statement = decision.statement === undefined ? relation.statement : decision.statement;
  const sentence = relation.evidence[0];
  return (
    <li
      className={`proposal proposal-${decision.status}`}
      data-testid="relation-proposal"
      data-relation-id={relation.id}
      onMouseEnter={() => onFocusSentence(sentence?.start ?? null)}
      onMouseLeave={() => onFocusSentence(null)}
      onFocus={() => onFocusSentence(sentence?.start ?? null)}
    >
      <div className="proposal-head">
        <strong>{nameOf(source)}</strong> <span className="relation-type">{type}</span>{' '}
        <strong>{nameOf(target)}</strong>
        <Confidence value={relation.confidence} extractor={relation.extractor} />
      </div>
      {statement !== null && <p className="proposal-statement">“{statement}”</p>}
      {sentence !== undefined && <blockquote className="proposal-sentence">{sentence.sentence}</blockquote>}
      <DecisionButtons
        status={decision.status}
        label={`${nameOf(source)} ${type} ${nameOf(target)}`}
        onChange={(status) => onChange({ ...decision, status })}
      />
      <details className="proposal-edit">
        <summary>Edit</summary>
        <label>
          Type
          <input
            defaultValue={type}
            title="An UPPER_SNAKE_CASE type, e.g. SAID, CRITICIZED, WORKS_FOR"
            onBlur={(e) => {
              const value = e.currentTarget.value.trim().toUpperCase();
              if (TYPE_PATTERN.test(value) && value !== type) {
                onChange({ ...decision, type: value === relation.type ? undefined : value });
              }
            }}
          />
        </label>
        <EndSelect
          label="From"
          value={source}
          entities={entities}
          onChange={(id) => onChange({ ...decision, source: id })}
        />
        <EndSelect
          label="To"
          value={target}
          entities={entities}
          onChange={(id) => onChange({ ...decision, target: id })}
        />
        <label>
          Statement
          <input
            defaultValue={statement ?? ''}
            maxLength={1000}
            onBlur={(e) => {
              const value = e.currentTarget.value.trim();
              const next = value === '' ? null : value;
              if (next !== statement) onChange({ ...decision, statement: next });
            }}
          />
        </label>
      </details>
    </li>
  );
}

function EndSelect({
  label,
  value,
  entities,
  onChange,
}: {
  label: string;
  value: string;
  entities: readonly DraftEntity[];
  onChange: (id: string) => void;
}) {
  const id = useId();
  // The label is not wrapped around the select: a wrapping label would name it with every option's text.
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {entities.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name} ({e.type})
          </option>
        ))}
      </select>
    </>
  );
}
