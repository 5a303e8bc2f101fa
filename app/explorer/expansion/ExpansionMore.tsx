'use client';

import { useState } from 'react';
import { groupByRelationType } from './expansion';
import type { Neighbour } from './expansion';
import { humanizeType } from '@/app/lib/type-style';
import { TypeSwatch } from '@/app/lib/TypeSwatch';
import '@/app/lib/form-fields.css';
import './expansion.css';

interface ExpansionMoreProps {
  aroundName: string;
  /** The neighbours not on the canvas, best connected first. */
  remaining: readonly Neighbour[];
  /** How many "Show more" adds (the expansion limit). */
  step: number;
  busy: boolean;
  onShowMore: () => void;
  onDrawPicked: (ids: string[]) => void;
  onDismiss: () => void;
}

/**
 * What a capped expansion left out: how many neighbours are not drawn, "Show more" for the next batch, and
 * a pick list grouped by the relation type that joins each one to the expanded entity.
 */
export function ExpansionMore(props: ExpansionMoreProps) {
  const { aroundName, remaining, step } = props;
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const groups = groupByRelationType(remaining);

  function toggle(id: string) {
    setPicked((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  return (
    <section
      className="expansion-more"
      aria-label={`More neighbours of ${aroundName}`}
      data-testid="expansion-more"
    >
      <p className="expansion-more-text" data-remaining={remaining.length}>
        <strong>{remaining.length}</strong> more {remaining.length === 1 ? 'neighbour' : 'neighbours'} of{' '}
        {aroundName} not drawn
      </p>
      <div className="expansion-more-actions">
        <button type="button" className="button-primary" onClick={props.onShowMore} disabled={props.busy}>
          Show {Math.min(step, remaining.length)} more
        </button>
        <button type="button" onClick={() => setPicking((p) => !p)} aria-expanded={picking}>
          Pick…
        </button>
        <button type="button" className="button-quiet" onClick={props.onDismiss} aria-label="Dismiss">
          ✕
        </button>
      </div>
      {picking && (
        <form
          className="expansion-pick"
          onSubmit={(event) => {
            event.preventDefault();
            props.onDrawPicked([...picked]);
            setPicked(new Set());
          }}
        >
          {groups.map((group) => (
            <fieldset key={group.relationType}>
              <legend>
                {group.relationType} <span className="legend-count">{group.neighbours.length}</span>
              </legend>
              {group.neighbours.map(({ entity }) => (
                <label key={entity.id} className="expansion-pick-item">
                  <input type="checkbox" checked={picked.has(entity.id)} onChange={() => toggle(entity.id)} />
                  <TypeSwatch type={entity.type} />
                  <span>{entity.name}</span>
                  <span className="expansion-pick-type">{humanizeType(entity.type)}</span>
                </label>
              ))}
            </fieldset>
          ))}
          <button type="submit" className="button-primary" disabled={picked.size === 0 || props.busy}>
            Draw {picked.size} picked
          </button>
        </form>
      )}
    </section>
  );
}
