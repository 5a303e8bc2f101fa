import { UnreachableCaseError } from '@/graph/errors';

/** Why the canvas has nothing to draw, if it has nothing. */
export type EmptyReason = 'loading' | 'failed' | 'store-empty' | 'cleared';

interface CanvasMessageProps {
  reason: EmptyReason;
  onReload: () => void;
}

/** What the canvas says when it has nothing to draw, and what the reader can do about it. */
export function CanvasMessage({ reason, onReload }: CanvasMessageProps) {
  switch (reason) {
    case 'loading':
      return (
        <div className="canvas-overlay" data-testid="canvas-loading">
          <p className="overlay-title">Loading the graph…</p>
          <p>Fetching the most connected entities and the relations between them.</p>
        </div>
      );
    case 'failed':
      return (
        <div className="canvas-overlay" data-testid="canvas-failed">
          <p className="overlay-title">Nothing to draw yet</p>
          <p>The graph could not be loaded; the message above says why and lets you retry.</p>
        </div>
      );
    case 'store-empty':
      return (
        <div className="canvas-overlay" data-testid="canvas-empty">
          <p className="overlay-title">No entities yet</p>
          <p>
            The graph store is empty. Load the seed article with <code>npm run seed</code>, then reload.
          </p>
          <button type="button" className="button-primary" onClick={onReload}>
            Reload
          </button>
        </div>
      );
    case 'cleared':
      return (
        <div className="canvas-overlay" data-testid="canvas-cleared">
          <p className="overlay-title">The canvas is clear</p>
          <p>Search for an entity above to start from it, or go back to the overview.</p>
          <button type="button" className="button-primary" onClick={onReload}>
            Reset to overview
          </button>
        </div>
      );
    default:
      throw new UnreachableCaseError(reason);
  }
}
