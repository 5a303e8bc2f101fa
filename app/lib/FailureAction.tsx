'use client';

import { useEffect, useState } from 'react';
import { explainFailure } from './failure-messages';
import type { Explanation, FailureLike } from './failure-messages';

interface FailureActionProps {
  explanation: Explanation;
  /** Ask again (offered for `retry`, and for `wait` once the wait is over). */
  onRetry: () => void;
  /** Start again from the overview (offered for `reset` when the page has one). */
  onReset?: () => void;
  /** `primary` in a banner, `link` inside a panel's text. */
  look?: 'primary' | 'link';
}

/**
 * The one action a failure's explanation calls for (failure-messages.ts), as a button or link: Retry only
 * where asking again can pass, a Retry that counts down the server's wait on a rate limit, a reset, a
 * sign-in link or a reload. A failure the person must fix by asking for something else gets no button.
 */
export function FailureAction({ explanation, onRetry, onReset, look = 'primary' }: FailureActionProps) {
  const className = look === 'primary' ? 'button-primary' : 'button-link';
  switch (explanation.action) {
    case 'retry':
      return (
        <button type="button" className={className} onClick={onRetry}>
          Retry
        </button>
      );
    case 'wait':
      return <WaitThenRetry seconds={explanation.waitSeconds ?? 0} className={className} onRetry={onRetry} />;
    case 'reset':
      return onReset === undefined ? null : (
        <button type="button" className={className} onClick={onReset}>
          Reset to overview
        </button>
      );
    case 'sign-in':
      return (
        <a className={className} href="/signin">
          Sign in
        </a>
      );
    case 'reload':
      return (
        <button type="button" className={className} onClick={() => window.location.reload()}>
          Reload the page
        </button>
      );
    case 'none':
      return null;
  }
}

/** "Retry in 12 s", counting down, then "Retry": a retry before the wait is over would be refused again. */
function WaitThenRetry(props: { seconds: number; className: string; onRetry: () => void }) {
  const [left, setLeft] = useState(props.seconds);
  useEffect(() => {
    if (left <= 0) return;
    const timer = window.setTimeout(() => setLeft((n) => n - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [left]);
  return (
    <button type="button" className={props.className} onClick={props.onRetry} disabled={left > 0}>
      {left > 0 ? `Retry in ${left} s` : 'Retry'}
    </button>
  );
}

/** A failure inside a panel's text: its headline and detail in plain words, and its action as a link. */
export function InlineFailure(props: { what: string; error: FailureLike; onRetry: () => void }) {
  const explanation = explainFailure(props.what, props.error);
  return (
    <span className="inline-failure" role="alert" data-code={props.error.code}>
      {explanation.title} {explanation.detail}{' '}
      <FailureAction explanation={explanation} onRetry={props.onRetry} look="link" />
    </span>
  );
}
