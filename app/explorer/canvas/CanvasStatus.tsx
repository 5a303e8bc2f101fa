import type { DrawnCounts } from './GraphCanvas';

interface CanvasStatusProps {
  drawn: DrawnCounts;
  truncated: boolean;
  /** What is happening now ("Expanding Nayib Bukele…") or what the last change did. */
  note: string | null;
}

/**
 * A polite live region with what the canvas holds: "24 entities, 35 relations on canvas". Screen readers
 * hear changes; tests read the counts from data attributes.
 */
export function CanvasStatus({ drawn, truncated, note }: CanvasStatusProps) {
  return (
    <p
      className="canvas-status"
      role="status"
      data-testid="canvas-status"
      data-nodes={drawn.nodes}
      data-edges={drawn.edges}
    >
      <span className="canvas-counts">
        {plural(drawn.nodes, 'entity', 'entities')}, {plural(drawn.edges, 'relation', 'relations')} on canvas
      </span>
      {truncated && <span className="canvas-note">A limit was reached: more entities are connected.</span>}
      {note !== null && <span className="canvas-note">{note}</span>}
    </p>
  );
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
