import { explainFailure } from '@/app/lib/failure-messages';
import type { GraphQLRequestError } from '@/app/lib/graphql-client';

export interface Failure {
  /** What the page was trying to do, as a verb phrase: "load the overview", "expand Nayib Bukele". */
  what: string;
  error: GraphQLRequestError;
  retry: () => void;
}

/** A banner for the failure of the last thing the page tried, with a Retry button. */
export function StatusBanner({ failure, onDismiss }: { failure: Failure; onDismiss: () => void }) {
  const { title, detail } = explainFailure(failure.what, failure.error);
  return (
    <div
      className="banner banner-error"
      role="alert"
      data-testid="status-banner"
      data-code={failure.error.code}
    >
      <div className="banner-text">
        <strong className="banner-title">{title}</strong>
        <span className="banner-detail">{detail}</span>
      </div>
      <div className="banner-actions">
        <button type="button" className="button-primary" onClick={failure.retry}>
          Retry
        </button>
        <button type="button" className="button-quiet" onClick={onDismiss} aria-label="Dismiss this message">
          Dismiss
        </button>
      </div>
    </div>
  );
}
