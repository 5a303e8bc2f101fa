import type { DecisionStatus } from '@/graph/drafts/review-schema';
import type { LaidSentence } from './text-layout';

/**
 * The article with every proposed mention highlighted (coloured by the entity's decision) and every
 * sentence a button: picking one starts a new relation from it. The sentence of the relation in focus,
 * and the picked one, are marked.
 */
export function DraftText({
  sentences,
  statusOf,
  nameOf,
  focused,
  picked,
  onPick,
}: {
  sentences: readonly LaidSentence[];
  statusOf: (entityId: string) => DecisionStatus;
  nameOf: (entityId: string) => string;
  focused: number | null;
  picked: number | null;
  onPick: (start: number) => void;
}) {
  return (
    <div className="article-text draft-text" data-testid="draft-text">
      {sentences.map((s) => (
        <button
          key={s.start}
          type="button"
          className={`draft-sentence${focused === s.start ? ' focused' : ''}${picked === s.start ? ' picked' : ''}`}
          data-sentence-start={s.start}
          aria-pressed={picked === s.start}
          title="Pick this sentence to add a relation from it"
          onClick={() => onPick(s.start)}
        >
          {s.pieces.map((p) =>
            p.entityId === null ? (
              <span key={p.start}>{p.text}</span>
            ) : (
              <mark
                key={p.start}
                className={`draft-mention mention-${statusOf(p.entityId)}`}
                data-entity-id={p.entityId}
                title={nameOf(p.entityId)}
              >
                {p.text}
              </mark>
            ),
          )}
        </button>
      ))}
    </div>
  );
}
