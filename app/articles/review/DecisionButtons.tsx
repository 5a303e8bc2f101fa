import type { DecisionStatus } from '@/graph/drafts/review-schema';

/** Accept / Reject for one proposal; pressing the chosen one again puts it back to undecided. */
export function DecisionButtons({
  status,
  label,
  onChange,
}: {
  status: DecisionStatus;
  label: string;
  onChange: (status: DecisionStatus) => void;
}) {
  return (
    <span className="decision-buttons" role="group" aria-label={`Decision on ${label}`}>
      <button
        type="button"
        aria-pressed={status === 'accepted'}
        className="decision accept"
        onClick={() => onChange(status === 'accepted' ? 'pending' : 'accepted')}
      >
        Accept
      </button>
      <button
        type="button"
        aria-pressed={status === 'rejected'}
        className="decision reject"
        onClick={() => onChange(status === 'rejected' ? 'pending' : 'rejected')}
      >
        Reject
      </button>
    </span>
  );
}

/** "87 % · rules": how sure the extractor was and which one proposed it. */
export function Confidence({ value, extractor }: { value: number; extractor: string }) {
  return (
    <span className="proposal-confidence">
      {Math.round(value * 100)} % · {extractor}
    </span>
  );
}
