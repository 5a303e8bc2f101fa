import { useId, useState } from 'react';
import type { AddedRelation } from '@/graph/drafts/review-schema';
import type { DraftEntity } from '@/graph/extract/draft';
import { RELATION_TYPE_PATTERN } from '@/graph/identifiers';

/**
 * Adds a relation the extractor missed: the sentence picked in the article, two of the draft's entities
 * and a type (a statement for what was said or ordered, if any). The evidence is the sentence as it
 * stands in the article, offsets included.
 */
export function AddRelationForm({
  documentId,
  sentence,
  entities,
  existingIds,
  onAdd,
}: {
  documentId: string;
  sentence: { text: string; start: number; end: number } | null;
  entities: readonly DraftEntity[];
  existingIds: ReadonlySet<string>;
  onAdd: (relation: AddedRelation) => void;
}) {
  const ids = useId();
  const [source, setSource] = useState('');
  const [target, setTarget] = useState('');
  const [type, setType] = useState('');
  const [statement, setStatement] = useState('');
  const upper = type.trim().toUpperCase();
  const ready = sentence !== null && source !== '' && target !== '' && RELATION_TYPE_PATTERN.test(upper);

  function add() {
    if (!ready) return;
    const base = `${source}-${upper.toLowerCase().replace(/_/g, '-')}-${target}`
      .slice(0, 120)
      .replace(/-+$/, '');
    let id = base;
    for (let n = 2; existingIds.has(id); n += 1) id = `${base}-${n}`;
    onAdd({
      id,
      type: upper,
      source,
      target,
      statement: statement.trim() === '' ? null : statement.trim(),
      evidence: { documentId, sentence: sentence.text, start: sentence.start, end: sentence.end },
    });
    setType('');
    setStatement('');
  }

  return (
    <section className="add-relation" aria-labelledby="add-relation-title">
      <h3 id="add-relation-title">Add a relation</h3>
      <p className="field-hint">
        {sentence === null ? (
          'Pick a sentence in the article first.'
        ) : (
          <q data-testid="picked-sentence">{sentence.text}</q>
        )}
      </p>
      <EntitySelect id={`${ids}-from`} label="From" value={source} entities={entities} onChange={setSource} />
      <label>
        Type
        <input
          value={type}
          placeholder="SAID, CRITICIZED, …"
          onChange={(e) => setType(e.currentTarget.value)}
        />
      </label>
      <EntitySelect id={`${ids}-to`} label="To" value={target} entities={entities} onChange={setTarget} />
      <label>
        Statement <span className="field-hint">(optional)</span>
        <input value={statement} maxLength={1000} onChange={(e) => setStatement(e.currentTarget.value)} />
      </label>
      <button type="button" disabled={!ready} onClick={add}>
        Add relation
      </button>
    </section>
  );
}

/** One end of the relation: a labelled choice among the draft's entities. */
function EntitySelect(props: {
  id: string;
  label: string;
  value: string;
  entities: readonly DraftEntity[];
  onChange: (id: string) => void;
}) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">Choose an entity</option>
        {props.entities.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </select>
    </>
  );
}
