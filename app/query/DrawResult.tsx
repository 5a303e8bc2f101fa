'use client';

import { ToolbarButton, useGraphiQL } from '@graphiql/react';
import { useMemo } from 'react';
import { explorerTargetFor } from './console-draw';
import type { DrawResult } from './draw-result';
import { describeDrawable, extractDrawableFromText } from './draw-result';

/**
 * "Draw result": the entities and relations in the active tab's last answer, drawn on the explorer's
 * canvas in one click. The button sits in GraphiQL's toolbar; the line under the answer says what it
 * would draw, or why there is nothing to draw (a disabled button cannot show a tooltip).
 */

const STATUS_ID = 'draw-result-status';

/** What the active tab's answer holds, recomputed only when the answer changes. */
function useDrawResult(): DrawResult {
  const response = useGraphiQL((state) => state.tabs[state.activeTabIndex]?.response ?? null);
  return useMemo(() => extractDrawableFromText(response), [response]);
}

export function DrawResultButton() {
  const result = useDrawResult();
  const isFetching = useGraphiQL((state) => state.isFetching);
  const drawable = result.kind === 'drawable' && !isFetching;
  return (
    <ToolbarButton
      label="Draw result"
      disabled={!drawable}
      aria-describedby={STATUS_ID}
      onClick={() => {
        if (result.kind !== 'drawable') return;
        // A full page load: the explorer reads its URL (and the hand-off) when it starts.
        window.location.assign(explorerTargetFor(result, window.sessionStorage));
      }}
    >
      <DrawIcon />
      {/* Words under the icon: the only button of its kind, it should not need a tooltip to be found. */}
      <span className="draw-result-caption">Draw result</span>
    </ToolbarButton>
  );
}

export function DrawResultStatus() {
  const result = useDrawResult();
  return (
    <p id={STATUS_ID} className="draw-result-status" role="status" data-drawable={result.kind === 'drawable'}>
      {result.kind === 'drawable'
        ? `Draw result: ${describeDrawable(result)}, ready to draw on the explorer’s canvas.`
        : result.reason}
    </p>
  );
}

/** Three linked entities (the brand mark's shape), in GraphiQL's icon size and colour. */
function DrawIcon() {
  return (
    <svg className="graphiql-toolbar-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M5 6 15 5 9 15Z" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <circle cx="5" cy="6" r="3" fill="currentColor" />
      <circle cx="15" cy="5" r="2.5" fill="currentColor" />
      <circle cx="9" cy="15" r="2.75" fill="currentColor" />
    </svg>
  );
}
