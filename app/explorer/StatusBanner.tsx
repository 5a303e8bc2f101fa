import { FailureAction } from '@/app/lib/FailureAction';
import { explainFailure } from '@/app/lib/failure-messages';
import type { GraphQLRequestError } from '@/app/lib/graphql-client';

export interface Failure {
  /** What the page was trying to do, as a verb phrase: "load the overview", "expand Nayib Bukele". */
  what: string;
  error: GraphQLRequestError;
  retry: () => void;
}

interface StatusBannerProps {
  failure: Failure;
  onDismiss: () => void;
  /** Draw the overview again (what helps when something asked for is no longer in the graph). */
  onReset: () => void;
}

/**
 * A banner for the failure of the last thing the page tried, in plain words (never the API's own text),
 * with the action that can help: Retry only where asking again can pass.
 */
export function StatusBanner({ failure, onDismiss, onReset }: StatusBannerProps) {
  const explanation = explainFailure(failure.what, failure.error);
  return (
    <div
      className="banner banner-error"
      role="alert"
      data-testid="status-banner"
      data-code={failure.error.code}
    >
      <div className="banner-text">
        <strong className="banner-title">{explanation.title}</strong>
        <span className="banner-detail">{explanation.detail}</span>
      </div>
      <div className="banner-actions">
        <FailureAction
          // A new failure starts its own countdown.
          key={`${failure.what}:${failure.error.code}:${failure.error.retryAfterSeconds ?? ''}`}
          explanation={explanation}
          onRetry={failure.retry}
          onReset={() => {
            onDismiss();
            onReset();
          }}
        />
        <button type="button" className="button-quiet" onClick={onDismiss} aria-label="Dismiss this message">
          Dismiss
        </button>
      </div>
    </div>
  );
}
