import { useState } from 'react';
import type { ReviewedItems } from '@/graph/drafts/reviewed-items';

export type AcceptState =
  | { kind: 'idle' }
  | { kind: 'accepting' }
  | { kind: 'failed'; message: string; problems: string[] }
  | { kind: 'accepted'; documentId: string | null };

/**
 * The end of a review: "accept all above a confidence" (off until a person presses it), what accepting
 * will write and leave out, and the button that writes it. Problems the draft has as decided (a relation
 * whose end is rejected) are listed before anything is sent.
 */
export function AcceptPanel({
  items,
  state,
  onAcceptAbove,
  onAccept,
}: {
  items: ReviewedItems;
  state: AcceptState;
  onAcceptAbove: (threshold: number) => void;
  onAccept: () => void;
}) {
  const [threshold, setThreshold] = useState(0.8);
  if (state.kind === 'accepted') {
    return (
      <section className="accept-panel" role="status" data-testid="accepted">
        <p>The article and what you accepted are in the graph.</p>
        <p>
          {state.documentId !== null && (
            <>
              <a href={`/documents/${state.documentId}`}>Read the article with its evidence</a> ·{' '}
            </>
          )}
          <a href="/">Open the explorer</a>
        </p>
      </section>
    );
  }
  const nothing = items.entities.length === 0 && items.relations.length === 0;
  return (
    <section className="accept-panel" aria-labelledby="accept-title">
      <h2 id="accept-title">Accept</h2>
      <div className="accept-above">
        <label>
          Accept every undecided proposal at or above
          <input
            type="number"
            min={0}
            max={100}
            step={5}
            value={Math.round(threshold * 100)}
            onChange={(e) => setThreshold(Math.min(100, Math.max(0, Number(e.currentTarget.value))) / 100)}
          />
          %
        </label>
        <button type="button" onClick={() => onAcceptAbove(threshold)}>
          Accept all above
        </button>
      </div>
      <p data-testid="accept-summary">
        {items.entities.length} entities and {items.relations.length} relations will be written;{' '}
        {items.pending} undecided proposal{items.pending === 1 ? '' : 's'} will be left out.
      </p>
      {items.problems.length > 0 && (
        <ul className="form-error" data-testid="accept-problems">
          {items.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {state.kind === 'failed' && (
        <div className="form-error" role="alert">
          <p>{state.message.split('\n')[0]}</p>
          <ul>
            {state.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <button
        type="button"
        className="primary-button"
        disabled={nothing || items.problems.length > 0 || state.kind === 'accepting'}
        onClick={onAccept}
      >
        {state.kind === 'accepting' ? 'Writing…' : 'Add to the graph'}
      </button>
    </section>
  );
}
